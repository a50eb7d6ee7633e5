import { granularityOf, isAtLeastAsFine, dayNumber, parseIsoDate } from './dates.js';
import type { Timeline } from './types.js';
import { checkStructure, quote } from './check-structure.js';
import { timelineSchema } from './schema.generated.js';

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
  const errors = checkStructure(data, timelineSchema, DEFINITION_WORDS);
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

  const eventIds = new Map<string, number>();
  doc.events.forEach((event, i) => {
    if (badEvents.has(i)) return;
    const first = eventIds.get(event.id);
    if (first !== undefined) {
      errors.push({
        path: `$.events[${i}].id`,
        message: `duplicate id ${quote(event.id)}, also at $.events[${first}]`,
      });
      badEvents.add(i);
    } else eventIds.set(event.id, i);
  });

  // An anchor may point at an event dropped for its own faults: the date that counted from it still stands.
  const anyEventIds = new Set(
    doc.events.map((e) => (e as { id?: unknown } | null)?.id).filter((id) => typeof id === 'string'),
  );
  const leadBySource = new Map<string, string>();
  doc.events.forEach((event, i) => {
    if (badEvents.has(i)) return;
    const found = eventErrors(
      event,
      `$.events[${i}]`,
      keptSources,
      droppedSources,
      anyEventIds,
      leadBySource,
    );
    if (found.length) {
      errors.push(...found);
      badEvents.add(i);
    }
  });

  errors.sort((a, b) => comparePaths(a.path, b.path));
  return {
    timeline: {
      ...doc,
      sources: doc.sources.filter((_, i) => !badSources.has(i)),
      events: doc.events.filter((_, i) => !badEvents.has(i)),
    },
    errors,
    dropped: { sources: badSources.size, events: badEvents.size },
  };
}

function eventErrors(
  event: Timeline['events'][number],
  path: string,
  sources: Set<string>,
  droppedSources: Map<string, number>,
  eventIds: Set<string>,
  leadBySource: Map<string, string>,
): TimelineError[] {
  const errors: TimelineError[] = [];
  const date = event.date;
  if (date === null) {
    if (!event.undated)
      errors.push({ path: `${path}.undated`, message: 'missing; an event whose date is null must say why' });
  } else {
    const need = granularityOf(date.precision);
    const parsed = (['start', 'end'] as const).map((key) => {
      const value = date[key];
      if (value === null || value === undefined) return undefined;
      const p = parseIsoDate(value);
      if (!p) {
        errors.push({
          path: `${path}.date.${key}`,
          message: `expected a calendar date that exists, got ${quote(value)}`,
        });
      } else if (!isAtLeastAsFine(p.granularity, need)) {
        errors.push({
          path: `${path}.date.${key}`,
          message: `expected a date written to the ${need} for precision "${date.precision}", got ${quote(value)}`,
        });
      }
      return p;
    });
    if (date.start === null && (date.end === null || date.end === undefined)) {
      errors.push({ path: `${path}.date`, message: 'expected start or end to be a date; both are open' });
    }
    const [start, end] = parsed;
    if (start && end && dayNumber(start) > dayNumber(end)) {
      errors.push({
        path: `${path}.date.end`,
        message: `expected a date on or after start ${date.start}, got ${date.end}`,
      });
    }
    const anchor = date.derivation.anchor;
    if (anchor !== undefined && !eventIds.has(anchor)) {
      errors.push({
        path: `${path}.date.derivation.anchor`,
        message: `expected the id of an event, got ${quote(anchor)}`,
      });
    }
  }
  event.mentions.forEach((mention, j) => {
    const at = `${path}.mentions[${j}]`;
    const dropped = droppedSources.get(mention.source);
    if (dropped !== undefined) {
      errors.push({
        path: `${at}.source`,
        message: `cites ${quote(mention.source)}, an invalid source (see $.sources[${dropped}])`,
      });
    } else if (!sources.has(mention.source)) {
      errors.push({
        path: `${at}.source`,
        message: `expected the id of a source, got ${quote(mention.source)}`,
      });
    }
    if (mention.end < mention.start) {
      errors.push({
        path: `${at}.end`,
        message: `expected an offset >= start (${mention.start}), got ${mention.end}`,
      });
    } else if (mention.end - mention.start !== mention.quote.length) {
      errors.push({
        path: `${at}.quote`,
        message: `expected ${mention.end - mention.start} characters (end - start), got ${mention.quote.length}`,
      });
    }
    if (mention.lead) {
      const other = leadBySource.get(mention.source);
      if (other !== undefined && other !== event.id) {
        errors.push({
          path: `${at}.lead`,
          message: `expected one lead event per source; ${quote(mention.source)} already leads with ${quote(other)}`,
        });
      } else leadBySource.set(mention.source, event.id);
    }
  });
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
