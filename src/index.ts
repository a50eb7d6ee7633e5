export { ConflictTimeline } from './element/conflict-timeline.js';
export * from './schema/index.js';
export * from './layout/index.js';
