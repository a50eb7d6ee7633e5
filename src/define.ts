import { ConflictTimeline } from './element/conflict-timeline.js';

// Tolerates a second registration (two bundles on one CMS page): the first definition stays.
if (!customElements.get('conflict-timeline')) customElements.define('conflict-timeline', ConflictTimeline);

export { ConflictTimeline };
