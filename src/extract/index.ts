export {
  readArticle,
  decodeArticleBytes,
  decodeWindows1252,
  toSource,
  fileStem,
  formatProblem,
  MAX_ARTICLE_BYTES,
  type Article,
  type ArticleInput,
  type ArticleMetadata,
  type InputProblem,
} from './article.js';
export { splitSentences, type Sentence } from './sentences.js';
export { classifyEventType } from './event-type.js';
export * from './timex/index.js';
export { extractTimeline, type ExtractOptions } from './pipeline.js';
export { eventDateOf } from './event-date.js';
export {
  toTimelineJs,
  type TimelineJsDocument,
  type TimelineJsSlide,
  type TimelineJsDate,
  type TimelineJsText,
} from './timelinejs.js';
export { mergeEvents, sameIncident } from './merge.js';
export {
  readEventDate,
  furtherEventDates,
  saysDateUnknown,
  timexRole,
  type TimexRole,
} from './date-meaning.js';
export { findPlaces, choosePlace, type PlaceMention, type PlaceLevel } from './places/index.js';
export { fatalitiesOf, findFatalities, type FatalityCount } from './fatalities.js';
export { actorsOf, findActors, reportedByOf, type ActorMention, type ActorRole } from './actors.js';
