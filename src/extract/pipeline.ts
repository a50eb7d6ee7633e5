import { createHash } from 'node:crypto';
import { dayNumber, parseIsoDate } from '../schema/dates.js';
import type { EventDate, EventType, Timeline, TimelineEvent } from '../schema/types.js';
import { toSource, type Article } from './article.js';
import { classifyEventType, mostSpecificType } from './event-type.js';
import { isPageClutter, isPhotoCaption } from './page-clutter.js';
import { splitSentences, type Sentence } from './sentences.js';
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
  const out: TimelineEvent[] = [];
  const sentences = splitSentences(article.text, article.bodyStart);
  // Time expressions are tagged over the whole text so that "eight months later" counts from the date told
  // in the sentence before. The dateline is when the article appeared, not when anything in it happened.
  // Without a publication date only what the text states in full can be placed.
  const dateline = article.dateline;
  const reference = published ?? UNKNOWN_REFERENCE;
  const timexes = tagTimexes(article.text, reference).filter(
    (t) =>
      (!dateline || t.end <= dateline.start || t.start >= dateline.end) &&
      (published !== undefined || t.reference === 'none'),
  );
  /** The first date the sentence states, with its span relative to the sentence. */
  const datedIn = (sentence: Sentence) => {
    for (const t of timexes) {
      if (t.start < sentence.start || t.end > sentence.end) continue;
      const date = eventDateOf(t, reference);
      if (date) return { date, span: { start: t.start - sentence.start, end: t.end - sentence.start } };
    }
    return undefined;
  };
  const dateIn = (sentence: Sentence) => datedIn(sentence)?.date;
  const push = (sentence: Sentence, type: EventType, date: EventDate | null, lead: boolean) => {
    const quote = sentence.text;
    out.push({
      id: eventId(article.id, sentence.start, quote),
      title: titleOf(quote),
      date,
      ...(date ? {} : { undated: { reason: 'the article gives no date for it and no publication date' } }),
      type,
      actors: [],
      location: null,
      fatalities: null,
      status: 'occurred',
      mentions: [{ source: article.id, quote, start: sentence.start, end: sentence.end, lead }],
    });
  };
  // The first line is the headline: it names the lead event but carries no date of its own.
  const body = sentences
    .slice(1)
    .map((s) => (dateline ? afterDateline(article.text, s, dateline.end) : s))
    .filter((s): s is Sentence => s !== undefined && !isPageClutter(s.text) && !isPhotoCaption(s.text));
  const leadEnd = leadWindowEnd(body);
  const headline = sentences[0]?.text ?? '';
  let leadTaken = false;
  for (const [i, sentence] of body.entries()) {
    const dated = datedIn(sentence);
    let type = classifyEventType(sentence.text, dated?.span);
    if (!type) continue;
    const lead = !leadTaken && sentence.start < leadEnd;
    // The headline is the editor's summary of the lead event and often names the weapon the first
    // sentence leaves out; the next sentences usually go on telling the same event.
    if (lead) type = mostSpecificType([headline, ...body.slice(i, i + 3).map((s) => s.text)]) ?? type;
    const date = dated?.date ?? (lead ? leadDate(published) : undefined);
    if (date === undefined) continue;
    push(sentence, type, date, lead);
    if (lead) leadTaken = true;
  }
  // An article always has a lead: when none of its opening sentences names a kind of event we know, the
  // first one is still its news, typed by the headline if the headline says more.
  const first = body[0];
  if (!leadTaken && first) {
    const type = mostSpecificType([headline, ...body.slice(0, 3).map((s) => s.text)]) ?? 'other';
    push(first, type, dateIn(first) ?? leadDate(published), true);
  }
  return out;
}

/** A sentence without the dateline it begins with (the quote is the story), or undefined if nothing is left. */
function afterDateline(text: string, s: Sentence, datelineEnd: number): Sentence | undefined {
  if (s.start >= datelineEnd) return s;
  if (s.end <= datelineEnd) return undefined;
  let start = datelineEnd;
  while (start < s.end && /[\s,.:;)\-–—]/.test(text[start]!)) start++;
  return start < s.end ? { ...s, start, text: text.slice(start, s.end) } : undefined;
}

/** A stand-in reference for articles with no publication date: only `reference: 'none'` timexes are kept. */
const UNKNOWN_REFERENCE = '2000-01-01';

/**
 * News puts its main event first: the lead is the first sentence that reports an event among the opening
 * ones (after the headline), not one found deep in the background.
 */
function leadWindowEnd(sentences: ReadonlyArray<{ start: number; end: number }>): number {
  return sentences[Math.min(sentences.length - 1, LEAD_SENTENCES)]?.end ?? 0;
}
const LEAD_SENTENCES = 3;

/**
 * A lead that gives no date of its own is news of the day it was published: placed there, marked
 * approximate, and saying so in its derivation (never passed off as a date the text stated).
 */
function leadDate(published: string | undefined): EventDate | null {
  if (!published) return null;
  return {
    start: published,
    precision: 'day',
    approximate: true,
    derivation: { method: 'publication', reference: published },
  };
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
