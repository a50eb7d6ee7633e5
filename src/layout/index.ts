export { dateInterval, type TimeInterval } from './interval.js';
export {
  groupKey,
  groupsOf,
  layoutView,
  prepareTimeline,
  type Cluster,
  type Group,
  type GroupBy,
  type Mark,
  type MarkKind,
  type PreparedEvent,
  type PreparedTimeline,
  type ViewLayout,
  type ViewOptions,
} from './layout.js';
export { timeScale, timeTicks, type Tick, type TimeScale, type TimeWindow } from './time-scale.js';
export { daysToWindow, panLimits, panWindow, windowToDays, zoomWindow, MIN_WINDOW_MS } from './window.js';
export { formatEventDate, formatIsoDateText, typeFamily, type TypeFamily } from './format.js';
