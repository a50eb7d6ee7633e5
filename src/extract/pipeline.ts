import { createHash } from 'node:crypto';
import { dayNumber, parseIsoDate } from '../schema/dates.js';
import type { Timeline, TimelineEvent } from '../schema/types.js';
import { toSource, type Article } from './article.js';
import { classifyEventType } from './event-type.js';
import { splitSentences } from './sentences.js';
import { eventDateOf } from './event-date.js';
import { tagTimexes } from './timex/tagger.js';

export interface ExtractOptions {
  /** A title for the timeline. */
  title?: string;
}

/**
 * Articles to a timeline. The stages run in this order because each needs the one before: sources give the
 * reference dates, sentences bound the evidence, time expressions need their sentence's reference date, and
 * an event needs both a type and a date.
 *
 * First pass: one event per sentence that reports a known kind of event and carries a date; the first such
 * sentence of each article is its lead. Merging across articles and actors, places and casualties follow
 * in the event pipeline (issue 4).
 */
export function extractTimeline(articles: readonly Article[], options: ExtractOptions = {}): Timeline {
  const events: TimelineEvent[] = [];
  for (const article of articles) events.push(...articleEvents(article));
  events.sort(compareEvents);
  return {
    version: 1,
    ...(options.title ? { title: options.title } : {}),
    sources: articles.map(toSource).sort((a, b) => a.id.localeCompare(b.id)),
    events,
  };
}

function articleEvents(article: Article): TimelineEvent[] {
  const published = article.metadata.published;
  if (!published) return [];
  const out: TimelineEvent[] = [];
  const sentences = splitSentences(article.text, article.bodyStart);
  // Time expressions are tagged over the whole text so that "eight months later" counts from the date told
  // in the sentence before. The first line is the headline: it names the lead event but carries no date.
  const timexes = tagTimexes(article.text, published);
  for (const sentence of sentences.slice(1)) {
    const type = classifyEventType(sentence.text);
    if (!type) continue;
    const date = timexes
      .filter((t) => t.start >= sentence.start && t.end <= sentence.end)
      .map((t) => eventDateOf(t, published))
      .find((d) => d !== undefined);
    if (!date) continue;
    const quote = sentence.text;
    out.push({
      id: eventId(article.id, sentence.start, quote),
      title: titleOf(quote),
      date,
      type,
      actors: [],
      location: null,
      fatalities: null,
      status: 'occurred',
      mentions: [
        { source: article.id, quote, start: sentence.start, end: sentence.end, lead: out.length === 0 },
      ],
    });
  }
  return out;
}

/** A content hash: the same sentence of the same article gets the same id on every run. */
function eventId(source: string, start: number, quote: string): string {
  return `e-${createHash('sha1').update(`${source}\0${start}\0${quote}`).digest('hex').slice(0, 12)}`;
}

function titleOf(quote: string): string {
  const words = quote.replace(/^["“]|["”]$/g, '').split(/\s+/);
  return words.length <= 14 ? words.join(' ') : `${words.slice(0, 14).join(' ')}…`;
}

/** Date order (string order fails for BCE years), undated last, then by id so output is deterministic. */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const key = (e: TimelineEvent) => {
    const d = parseIsoDate(e.date?.start ?? e.date?.end ?? '');
    return d ? dayNumber(d) : Infinity;
  };
  return key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
