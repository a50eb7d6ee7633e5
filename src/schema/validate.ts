import {
  dayNumber,
  granularityOf,
  isAtLeastAsFine,
  parseIsoDate,
  type Granularity,
  type ParsedIsoDate,
} from './dates.js';
import type { Timeline } from './types.js';
import { checkStructure, quote } from './check-structure.js';
import { isTimelineShape, timelineSchema } from './schema.generated.js';

/** One thing wrong with a timeline, located by JSON path. */
export interface TimelineError {
  /** JSONPath of the offending value, e.g. `$.events[3].date.start`. */
  path: string;
  /** What was expected there, and what was found. */
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  errors: TimelineError[];
}

export interface PartitionResult {
  /** The timeline with every invalid source and event left out; `null` when the whole document is unusable. */
  timeline: Timeline | null;
  errors: TimelineError[];
  /** How many sources and events were left out. */
  dropped: { sources: number; events: number };
}

export function formatTimelineError(error: TimelineError): string {
  return `${error.path}: ${error.message}`;
}

/** Checks a parsed JSON value against the timeline contract: structure, then what a JSON Schema cannot say. */
export function validateTimeline(data: unknown): ValidationResult {
  const { errors } = partitionTimeline(data);
  return { valid: errors.length === 0, errors };
}

/**
 * Validates and keeps what is usable: one broken event or source never hides the good ones. An event that
 * cites a dropped source is dropped too, so every kept mention points at a kept source.
 */
export function partitionTimeline(data: unknown): PartitionResult {
  // The generated check says yes or no fast; the schema walk says what is wrong, where, only when needed.
  const errors = isTimelineShape(data) ? [] : checkStructure(data, timelineSchema, DEFINITION_WORDS);
  const badSources = new Set<number>();
  const badEvents = new Set<number>();
  let fatal = false;
  for (const e of errors) {
    const m = /^\$\.(sources|events)\[(\d+)\]/.exec(e.path);
    if (!m) fatal = true;
    else (m[1] === 'sources' ? badSources : badEvents).add(Number(m[2]));
  }
  if (fatal) return { timeline: null, errors, dropped: { sources: 0, events: 0 } };

  // Structure holds for everything not marked bad, so the casts below are sound.
  const doc = data as Timeline;
  const sourceIds = new Map<string, number>();
  doc.sources.forEach((source, i) => {
    if (badSources.has(i)) return;
    const first = sourceIds.get(source.id);
    if (first !== undefined) {
      errors.push({
        path: `$.sources[${i}].id`,
        message: `duplicate id ${quote(source.id)}, also at $.sources[${first}]`,
      });
      badSources.add(i);
    } else sourceIds.set(source.id, i);
  });
  const keptSources = new Set([...sourceIds.keys()]);
  const droppedSources = new Map<string, number>();
  doc.sources.forEach((source, i) => {
    // A source dropped for its structure may be anything JSON can write, null included.
    const id = (source as { id?: unknown } | null)?.id;
    if (badSources.has(i) && typeof id === 'string' && !keptSources.has(id)) droppedSources.set(id, i);
  });

  const { events } = doc;
  const eventIds = new Map<string, number>();
  // An anchor may point at an event dropped for its own faults: the date that counted from it still stands.
  // With no event dropped for its structure, those ids are the keys of `eventIds` (one set fewer of 10,000).
  const anyEventIds = badEvents.size ? new Set<string>() : undefined;
  for (let i = 0; i < events.length; i++) {
    // An event dropped for its structure may be anything JSON can write, null included.
    const id = (events[i] as { id?: unknown } | null)?.id;
    if (anyEventIds) {
      if (typeof id === 'string') anyEventIds.add(id);
      if (badEvents.has(i)) continue;
    }
    const first = eventIds.get(id as string);
    if (first !== undefined) {
      errors.push({
        path: `$.events[${i}].id`,
        message: `duplicate id ${quote(id as string)}, also at $.events[${first}]`,
      });
      badEvents.add(i);
    } else eventIds.set(id as string, i);
  }
  const leadBySource = new Map<string, string>();
  for (let i = 0; i < events.length; i++) {
    if (badEvents.size && badEvents.has(i)) continue;
    const found = eventErrors(
      events[i]!,
      i,
      keptSources,
      droppedSources,
      anyEventIds ?? eventIds,
      leadBySource,
    );
    if (found) {
      errors.push(...found);
      badEvents.add(i);
    }
  }

  errors.sort((a, b) => comparePaths(a.path, b.path));
  return {
    timeline: {
      ...doc,
      sources: doc.sources.filter((_, i) => !badSources.has(i)),
      events: badEvents.size ? events.filter((_, i) => !badEvents.has(i)) : events.slice(),
    },
    errors,
    dropped: { sources: badSources.size, events: badEvents.size },
  };
}

// Runs once per event on the way to the element's first frame: index loops, no closure or string made for a
// sound event, and the JSON paths of messages built only for an event that has something wrong (building them
// for 10,000 good events cost more than the checks themselves).
function eventErrors(
  event: Timeline['events'][number],
  index: number,
  sources: Set<string>,
  droppedSources: Map<string, number>,
  eventIds: ReadonlySet<string> | ReadonlyMap<string, number>,
  leadBySource: Map<string, string>,
): TimelineError[] | undefined {
  let errors: TimelineError[] | undefined;
  const date = event.date;
  if (date === null) {
    if (!event.undated)
      errors = failure(errors, index, '.undated', 'missing; an event whose date is null must say why');
  } else {
    const need = granularityOf(date.precision);
    const start = date.start == null ? undefined : parseIsoDate(date.start);
    const end = date.end == null ? undefined : parseIsoDate(date.end);
    errors = writtenErrors(errors, index, date, 'start', start, need);
    errors = writtenErrors(errors, index, date, 'end', end, need);
    if (date.start === null && date.end == null)
      errors = failure(errors, index, '.date', 'expected start or end to be a date; both are open');
    if (start && end && dayNumber(start) > dayNumber(end))
      errors = failure(
        errors,
        index,
        '.date.end',
        `expected a date on or after start ${date.start}, got ${date.end}`,
      );
    const anchor = date.derivation.anchor;
    if (anchor !== undefined && !eventIds.has(anchor))
      errors = failure(
        errors,
        index,
        '.date.derivation.anchor',
        `expected the id of an event, got ${quote(anchor)}`,
      );
  }
  const { mentions } = event;
  for (let j = 0; j < mentions.length; j++) {
    const mention = mentions[j]!;
    const dropped = droppedSources.size ? droppedSources.get(mention.source) : undefined;
    if (dropped !== undefined)
      errors = failure(
        errors,
        index,
        `.mentions[${j}].source`,
        `cites ${quote(mention.source)}, an invalid source (see $.sources[${dropped}])`,
      );
    else if (!sources.has(mention.source))
      errors = failure(
        errors,
        index,
        `.mentions[${j}].source`,
        `expected the id of a source, got ${quote(mention.source)}`,
      );
    if (mention.end < mention.start)
      errors = failure(
        errors,
        index,
        `.mentions[${j}].end`,
        `expected an offset >= start (${mention.start}), got ${mention.end}`,
      );
    else if (mention.end - mention.start !== mention.quote.length)
      errors = failure(
        errors,
        index,
        `.mentions[${j}].quote`,
        `expected ${mention.end - mention.start} characters (end - start), got ${mention.quote.length}`,
      );
    if (mention.lead) {
      const other = leadBySource.get(mention.source);
      if (other !== undefined && other !== event.id)
        errors = failure(
          errors,
          index,
          `.mentions[${j}].lead`,
          `expected one lead event per source; ${quote(mention.source)} already leads with ${quote(other)}`,
        );
      else leadBySource.set(mention.source, event.id);
    }
  }
  return errors;
}

/** `errors` (made when undefined) with one more, at `at` inside event `index`. */
function failure(
  errors: TimelineError[] | undefined,
  index: number,
  at: string,
  message: string,
): TimelineError[] {
  (errors ??= []).push({ path: `$.events[${index}]${at}`, message });
  return errors;
}

/** What is wrong with how the date's `key` is written, added to `errors`. */
function writtenErrors(
  errors: TimelineError[] | undefined,
  index: number,
  date: NonNullable<Timeline['events'][number]['date']>,
  key: 'start' | 'end',
  parsed: ParsedIsoDate | undefined,
  need: Granularity,
): TimelineError[] | undefined {
  const value = date[key];
  if (value == null) return errors;
  if (!parsed)
    return failure(
      errors,
      index,
      `.date.${key}`,
      `expected a calendar date that exists, got ${quote(value)}`,
    );
  if (!isAtLeastAsFine(parsed.granularity, need))
    return failure(
      errors,
      index,
      `.date.${key}`,
      `expected a date written to the ${need} for precision "${date.precision}", got ${quote(value)}`,
    );
  return errors;
}

/** What each named definition of the schema holds, in words (test/schema checks every $def has one). */
export const DEFINITION_WORDS: Record<string, string> = {
  isoDate: 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
  dayDate: 'a date written YYYY-MM-DD',
  httpUrl: 'an absolute http(s) URL',
  source: 'a source object',
  date: 'a date object',
  location: 'a location object',
  mention: 'a mention object',
  event: 'an event object',
};

/** Orders paths so that `$.events[2]` comes before `$.events[10]`. */
function comparePaths(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
