export { dateInterval, type TimeInterval } from './interval.js';
export {
  layoutTimeline,
  type EventMark,
  type LayoutOptions,
  type MarkKind,
  type TimelineLayout,
} from './layout.js';
export { formatEventDate, formatIsoDateText, typeFamily, type TypeFamily } from './format.js';
