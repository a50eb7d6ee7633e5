export type * from './types.js';
export { EVENT_TYPES } from './types.js';
export {
  validateTimeline,
  partitionTimeline,
  formatTimelineError,
  type TimelineError,
  type ValidationResult,
  type PartitionResult,
} from './validate.js';
export {
  parseIsoDate,
  formatIsoDate,
  dayNumber,
  daysFromCivil,
  isLeapYear,
  type ParsedIsoDate,
  type Granularity,
} from './dates.js';
