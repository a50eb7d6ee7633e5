// The page's one module: the element from source (served as JavaScript by the esbuild plugin, under the
// same policy as the page), then the third way in, the `data` property.
import '../../src/define.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { Timeline } from '../../src/schema/types.js';

const sampleUrl = new URL('../fixtures/sample.timeline.json', import.meta.url);

const data = (await (await fetch(sampleUrl)).json()) as Timeline;
// Without the Roman date the window is a few years wide, so that the events are drawn apart, not folded.
data.events = data.events.filter((e) => e.id !== 'evt-caesar');
document.querySelector<ConflictTimeline>('#from-data')!.data = data;
