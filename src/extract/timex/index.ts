export { tagTimexes, TIMEX_RULES, type TagOptions } from './tagger.js';
export type { Timex, TimexType, TimexMod, TimexReference } from './types.js';
export type { TimexRule, ResolveContext, Resolution, RuleMatch } from './rule.js';
export { clauseTense, type Tense } from './tense.js';
