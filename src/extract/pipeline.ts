import { createHash } from 'node:crypto';
import { dayNumber, parseIsoDate } from '../schema/dates.js';
import type {
  EventDate,
  EventLocation,
  EventStatus,
  EventType,
  Timeline,
  TimelineEvent,
} from '../schema/types.js';
import { toSource, type Article } from './article.js';
import { classifyEventType, mostSpecificType, sameTypeFamily } from './event-type.js';
import { actorsOf, partiesOf, reportedByOf } from './actors.js';
import { clauseAt, splitClauses } from './clauses.js';
import { fatalitiesOf } from './fatalities.js';
import { mergeEvents } from './merge.js';
import { choosePlace, findPlaces, type PlaceMention } from './places/index.js';
import { captionPrefix, isPageClutter, isPhotoCaption, pageClutterPrefix } from './page-clutter.js';
import { splitSentences, type Sentence } from './sentences.js';
import {
  conflictStart,
  furtherEventDates,
  readEventDate,
  saysDateUnknown,
  type EventDateReading,
} from './date-meaning.js';
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
  const merged = mergeEvents(events).sort(compareEvents);
  return {
    version: 1,
    ...(options.title ? { title: options.title } : {}),
    sources: articles.map(toSource).sort((a, b) => a.id.localeCompare(b.id)),
    events: merged,
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
  /** The sentence's time expressions, with offsets into the sentence. */
  const timexesIn = (sentence: Sentence) =>
    timexes
      .filter((t) => t.start >= sentence.start && t.end <= sentence.end)
      .map((t) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start }));
  // Places are looked up once per text: the article's focus and every event of it ask about the same ones.
  const placeCache = new Map<string, PlaceMention[]>();
  const placesIn = (text: string) => {
    let found = placeCache.get(text);
    if (!found) placeCache.set(text, (found = findPlaces(text)));
    return found;
  };
  const push = (
    sentence: Sentence,
    type: EventType,
    reading: Reading,
    more: EventEvidence = {},
  ): TimelineEvent => {
    const { lead = false, nth = 0, context = [], refining = [], clause } = more;
    const quote = sentence.text;
    // Who acted is read from the event's own clause when the sentence tells more than one event.
    const texts = [clause ?? quote, ...context];
    const parties = DIPLOMATIC.has(type)
      ? firstOf(texts, (t) => {
          const found = partiesOf(t);
          return found.length ? { actors: found, targets: [] } : undefined;
        })
      : firstOf(texts, (t) => {
          const found = actorsOf(t);
          return found.actors.length ? found : undefined;
        });
    const reportedBy = firstOf(texts, (t) => {
      const found = reportedByOf(t);
      return found.length ? found : undefined;
    });
    const location =
      more.place !== undefined
        ? more.place
        : (placeOf(clause ? [clause, quote, ...context] : texts, placesIn, focus, refining) ??
          (isViolent(type) ? focusPlace : null));
    const event: TimelineEvent = {
      id: eventId(article.id, sentence.start, quote, nth),
      title: more.title ?? titleOf(clause ?? quote),
      date: reading.date,
      ...(reading.date
        ? {}
        : { undated: { reason: 'the article gives no date for it and no publication date' } }),
      type,
      actors: parties?.actors ?? [],
      ...(parties?.targets.length ? { targets: parties.targets } : {}),
      location,
      fatalities: firstOf(texts, (t) => fatalitiesOf(t)?.count) ?? null,
      status: reading.status,
      ...(reportedBy?.length ? { reportedBy } : {}),
      mentions: [{ source: article.id, quote, start: sentence.start, end: sentence.end, lead }],
    };
    out.push(event);
    return event;
  };
  // The headline names the lead event but carries no date of its own. It is the first line when that line is
  // the title or reads as one (no closing full stop); a title given only in the metadata is not in the text.
  const title = article.metadata.title?.trim();
  const firstLine = sentences[0]?.text.trim() ?? '';
  const headlineInText = firstLine !== '' && (firstLine === title || !/[.!?"”']$/.test(firstLine));
  const headline = headlineInText ? firstLine : (title ?? '');
  const body = sentences
    .slice(headlineInText ? 1 : 0)
    .map((s) => storyPart(article.text, s, dateline?.end ?? 0))
    .filter((s): s is Sentence => s !== undefined && !isPageClutter(s.text) && !isPhotoCaption(s.text))
    // Pages that print the headline again under the dateline: the copy is the headline, not the story.
    .filter((s) => !headline || !sameWords(s.text, headline));
  const leadEnd = leadWindowEnd(body);
  const focus = focusCountry([headline, ...body.map((s) => s.text)], placesIn);
  // An act of war the text places nowhere more precisely still happened in the country the article is about
  // ("237 targets the Russian air force have hit"); talks or statements may have been anywhere.
  const focusPlace = focus ? choosePlace(findPlaces(focus).filter((m) => m.level === 'country')) : null;
  let lead: TimelineEvent | undefined;
  let conflictDated = false;
  // The lead's own sentences: it and the two after it usually tell the same event.
  const leadTexts = (i: number) => body.slice(i, i + 3).map((s) => s.text);
  const leadContext = (i: number) => [headline, ...leadTexts(i).slice(1)];
  const leadReading = (i: number, type: EventType, dated: EventDateReading | undefined): Reading => {
    const unknown = leadTexts(i).some(saysDateUnknown);
    dated ??= toldNext(i, type);
    // A statement's date bounds what it reports; when the text adds that it does not know when, that bound
    // is all there is.
    if (dated?.role === 'report' && unknown && dated.date.precision === 'day')
      return {
        date: { ...dated.date, start: null, end: dated.date.start, approximate: false },
        status: 'occurred',
      };
    return dated ?? leadDate(published, unknown);
  };
  // A lead sentence without a date is often dated by the next one that goes on telling it ("It was the first
  // time Russia confirmed a strike ... over the last two days"): its window back from the report, when it
  // names the same kind of event. A mere report date there says when it was said, not when it happened, and a
  // day of its own may be another incident's.
  const toldNext = (i: number, type: EventType): EventDateReading | undefined => {
    for (const next of body.slice(i + 1, i + 3)) {
      const reading = readEventDate(next.text, timexesIn(next), published);
      if (!reading || reading.status !== 'occurred' || reading.role !== 'window') continue;
      const nextType = classifyEventType(next.text, reading.span);
      return nextType !== undefined && sameTypeFamily(nextType, type) ? reading : undefined;
    }
    return undefined;
  };
  const pushLead = (i: number, type: EventType, dated: EventDateReading | undefined) =>
    (lead = push(body[i]!, type, leadReading(i, type, dated), {
      lead: true,
      context: leadContext(i),
      // The rest of the lead's paragraph, as news writes it, may name its place more precisely.
      refining: body.slice(i + 3, i + 9).map((s) => s.text),
    }));
  // A later sentence dated only by when it was said, telling the same kind of thing at the same place as the
  // lead ("the ministry said its Wednesday statement that the strikes successfully hit ...") tells the lead
  // again; it is not a second event.
  const retellsLead = (sentence: Sentence, type: EventType) => {
    if (!lead || !sameTypeFamily(type, lead.type)) return false;
    const place = placeOf([sentence.text], placesIn, focus);
    return !place || !lead.location || place.name === lead.location.name;
  };
  // Talks told in one sentence often name who took part in the next ("the discussion involved ... Russia
  // and Iran"): that sentence speaks for them when it refers back to the meeting.
  const partiesNext = (i: number, type: EventType) => {
    const next = body[i + 1]?.text;
    return DIPLOMATIC.has(type) && next && REFERS_TO_MEETING.test(next) ? [splitClauses(next)[0]!.text] : [];
  };
  for (const [i, sentence] of body.entries()) {
    const inSentence = timexesIn(sentence);
    // "the 4 year conflict": how long the war has lasted dates its start, once per article.
    const begun = conflictDated ? undefined : conflictStart(sentence.text, published);
    if (begun) {
      conflictDated = true;
      const named = sentence.text.slice(begun.span.start, begun.span.end);
      push(sentence, 'other', begun, {
        nth: BACKGROUND_NTH,
        clause: named,
        title: `Beginning of ${named}`,
        place: focusPlace,
      });
    }
    const dated = readEventDate(sentence.text, inSentence, published);
    // A dated plan or forecast someone announced ("maps should be ready by June 4") is a statement of what
    // is to come, even when it names no kind of violence or diplomacy.
    let type =
      classifyEventType(sentence.text, dated?.span) ??
      (dated?.status === 'expected' && REPORTING.test(sentence.text) ? 'statement' : undefined);
    if (!type) continue;
    // A sentence may go on to tell a later event with a date of its own, typed by the words around that date;
    // each event's actors then come from its own clause.
    const furthers = dated ? furtherEventDates(sentence.text, inSentence, published, dated) : [];
    const clauseOf = (span: { start: number; end: number }, eventType: EventType) =>
      furthers.length || DIPLOMATIC.has(eventType) ? clauseAt(sentence.text, span).text : undefined;
    let told: TimelineEvent | undefined;
    if (!lead && sentence.start < leadEnd) {
      // The headline is the editor's summary of the lead event and often names the weapon the first
      // sentence leaves out.
      type = mostSpecificType([headline, ...leadTexts(i)]) ?? type;
      told = pushLead(i, type, dated);
    } else if (dated && !(dated.role === 'report' && retellsLead(sentence, type)))
      told = push(sentence, type, dated, {
        clause: clauseOf(dated.span, type),
        context: partiesNext(i, type),
      });
    if (!dated) continue;
    for (const [n, further] of furthers.entries()) {
      const furtherType = classifyEventType(sentence.text, further.span);
      if (furtherType && furtherType !== type)
        push(sentence, furtherType, further, { nth: n + 1, clause: clauseOf(further.span, furtherType) });
    }
    // "captured Palmyra in March last year and Moscow even flew in ... a concert": a clause with a subject of
    // its own and no date tells what came next; it is placed after the dated event, and says so.
    if (!told?.date) continue;
    for (const [n, clause] of splitClauses(sentence.text).entries()) {
      if (clause.joint !== 'and' || clause.start < dated.span.end) continue;
      if (inSentence.some((t) => t.start >= clause.start && t.end <= clause.end)) continue;
      const clauseType = classifyEventType(clause.text);
      if (!clauseType || sameTypeFamily(clauseType, type)) continue;
      push(sentence, clauseType, toldAfter(told), {
        nth: DISCOURSE_NTH + n,
        clause: clause.text.replace(/^and\s+/, ''),
      });
    }
  }
  // An article always has a lead: when none of its opening sentences names a kind of event we know, the
  // first one is still its news, typed by the headline if the headline says more.
  const first = body[0];
  if (!lead && first) {
    const type = mostSpecificType([headline, ...leadTexts(0)]) ?? 'other';
    pushLead(0, type, readEventDate(first.text, timexesIn(first), published));
  }
  return out;
}

/**
 * The part of a sentence that tells the story (the quote is the story): without the dateline, page widgets
 * or a picture caption it begins with; undefined if nothing is left.
 */
function storyPart(text: string, s: Sentence, datelineEnd: number): Sentence | undefined {
  if (s.end <= datelineEnd) return undefined;
  let start = Math.max(s.start, datelineEnd);
  const skipSeparators = () => {
    while (start < s.end && /[\s,.:;)\-–—]/.test(text[start]!)) start++;
  };
  if (start > s.start) skipSeparators();
  start += pageClutterPrefix(text.slice(start, s.end));
  start += captionPrefix(text.slice(start, s.end));
  skipSeparators();
  return start >= s.end ? undefined : start === s.start ? s : { ...s, start, text: text.slice(start, s.end) };
}

/** Ids of events that are not the first of their sentence: after the ones `furtherEventDates` numbers. */
const DISCOURSE_NTH = 100;
const BACKGROUND_NTH = 200;

/** Types whose every named party took part: in a meeting or a deal no one is the target. */
const DIPLOMATIC: ReadonlySet<EventType> = new Set<EventType>(['diplomatic-talks', 'agreement']);

/** Kinds of event that are not acts of war, and so are not placed in the article's country by default. */
const NOT_VIOLENT: ReadonlySet<EventType> = new Set<EventType>([
  'diplomatic-talks',
  'agreement',
  'statement',
  'cultural-event',
  'weapons-supply',
  'deployment',
  'change-to-group-activity',
  'headquarters-or-base-established',
  'non-violent-transfer-of-territory',
  'peaceful-protest',
  'other',
]);
const isViolent = (type: EventType) => !NOT_VIOLENT.has(type);

const REFERS_TO_MEETING =
  /\b(?:the|these|those) (?:talks|discussions?|meetings?|negotiations|summit|conference)\b|\bparticipants\b/i;

/**
 * The date of an event told right after `anchor` with no date of its own: from the anchor's date on, marked
 * approximate and derived from the order of telling, so the timeline can show it is not read from the text.
 */
function toldAfter(anchor: TimelineEvent): Reading {
  const date = anchor.date!;
  return {
    date: {
      start: date.start ?? date.end ?? null,
      precision: date.precision,
      approximate: true,
      derivation: { method: 'discourse', anchor: anchor.id },
    },
    status: anchor.status,
  };
}

const REPORTING = /\b(?:said|says|say|announced|told|stated|according to)\b/i;

/**
 * Where the event happened: the place its sentence names, made more specific by the texts that go on telling
 * it ("in Aleppo province" then "the town of Al-Bab") but never moved elsewhere by them; when the sentence
 * names no place, the first place they name. Only names used as places count ("in Aleppo"), not a country
 * named for its government or its forces ("US-led", "Moscow said"); and a place in the country the article
 * is about wins over one abroad ("a Qatar charity's clinic in Syria").
 */
function placeOf(
  texts: readonly string[],
  placesIn: (text: string) => readonly PlaceMention[],
  focus: string | undefined,
  refining: readonly string[] = [],
): EventLocation | null {
  const pick = (t: string) => {
    const places = placesIn(t).filter((m) => m.locative);
    const home = places.filter((m) => m.location.country === focus);
    return choosePlace(home.length ? home : places);
  };
  const [own, ...context] = texts.map(pick);
  let place = own ?? null;
  for (const other of context) {
    if (!other) continue;
    if (!place) {
      place = other;
      continue;
    }
    if (refines(other, place) || (place.country !== focus && other.country === focus)) place = other;
  }
  if (place)
    for (const t of refining) {
      const other = pick(t);
      if (other && refines(other, place)) place = other;
    }
  return place;
}

/** The country most of an article's places lie in: what the article is about. */
function focusCountry(
  texts: readonly string[],
  placesIn: (text: string) => readonly PlaceMention[],
): string | undefined {
  const counts = new Map<string, number>();
  for (const t of texts)
    for (const m of placesIn(t))
      if (m.locative && m.location.country)
        counts.set(m.location.country, (counts.get(m.location.country) ?? 0) + 1);
  let best: string | undefined;
  for (const [country, n] of counts) if (best === undefined || n > counts.get(best)!) best = country;
  return best;
}

/** True when `finer` lies inside `coarse` and says more: a governorate or town of the named country, a
 * town of the named governorate. */
function refines(finer: EventLocation, coarse: EventLocation): boolean {
  if (finer.country !== coarse.country || detail(finer) <= detail(coarse)) return false;
  return coarse.admin1 === null || finer.admin1 === coarse.admin1;
}

/** 0 a country or sea, 1 a governorate or region, 2 a place with coordinates. */
function detail(place: EventLocation): number {
  return place.lat !== null ? 2 : place.admin1 !== null ? 1 : 0;
}

/** True when two texts have the same words, whatever their case and punctuation. */
function sameWords(a: string, b: string): boolean {
  const words = (t: string) =>
    t
      .toLowerCase()
      .match(/[\p{L}\d]+/gu)
      ?.join(' ') ?? '';
  return words(a) === words(b);
}

/** The first value `pick` finds in the texts, in order. */
function firstOf<T>(texts: readonly string[], pick: (text: string) => T | undefined): T | undefined {
  for (const text of texts) {
    const value = pick(text);
    if (value !== undefined) return value;
  }
  return undefined;
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

/** What, besides its sentence, tells an event. */
interface EventEvidence {
  /** True on the article's lead. */
  lead?: boolean;
  /** Which event of its sentence this is (0 the first), so that each gets its own id. */
  nth?: number;
  /**
   * Other texts that tell the same event, most telling first (for a lead: the headline and the sentences
   * after it); who, where and how many are taken from the sentence first, then from them.
   */
  context?: readonly string[];
  /** Texts that may only make the event's place more specific (see `placeOf`). */
  refining?: readonly string[];
  /** The event's own clause, when its sentence tells more than one event: actors and title come from it. */
  clause?: string;
  /** A title other than the one made from the quote or clause. */
  title?: string;
  /** A place decided by the caller (`null`: none) instead of the one read from the texts. */
  place?: EventLocation | null;
}

/** A date and what it means for the event: `date` null only with no publication date to place it by. */
interface Reading {
  date: EventDate | null;
  status: EventStatus;
}

/**
 * A lead that gives no date of its own is news of the day it was published: placed there, marked
 * approximate, and saying so in its derivation (never passed off as a date the text stated). When the text
 * says it does not know when ("no information on when the missiles were launched"), it happened by the day
 * of publication: a range with no start.
 */
function leadDate(published: string | undefined, dateUnknown: boolean): Reading {
  if (!published) return { date: null, status: 'occurred' };
  const derivation = { method: 'publication' as const, reference: published };
  return {
    date: dateUnknown
      ? { start: null, end: published, precision: 'day', approximate: false, derivation }
      : { start: published, precision: 'day', approximate: true, derivation },
    status: 'occurred',
  };
}

/** A content hash: the same sentence of the same article gets the same id on every run. */
function eventId(source: string, start: number, quote: string, nth: number): string {
  const key = `${source}\0${start}\0${quote}${nth ? `\0${nth}` : ''}`;
  return `e-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
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
