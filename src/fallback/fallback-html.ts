import { formatEventDate, typeWords } from '../layout/format.js';
import { dateInterval } from '../layout/interval.js';
import { parseIsoDate } from '../schema/dates.js';
import { escapeHtml, sourceHtml } from './html.js';
import type { EventMention, Timeline, TimelineEvent, TimelineSource } from '../schema/types.js';

export interface FallbackHtmlOptions {
  /** BCP 47 tag the dates are written in ("en", "fr", "ar"). Default `"en"`. */
  locale?: string;
  /**
   * Also embed the timeline as a `<script type="application/json">` child, so that the element needs no
   * request for its data. Default `false`.
   */
  inlineJson?: boolean;
  /**
   * Attributes of the `<conflict-timeline>` element (`{ src: '/data/palmyra.timeline.json' }`), written in
   * the order given. Names must be lower case: letters, digits and hyphens, starting with a letter.
   */
  attributes?: Record<string, string>;
}

/** Names HTML would read as one attribute, and nothing that could close the tag or start another. */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The complete `<conflict-timeline>` element with its no-JavaScript fallback: an ordered list of the events
 * in date order (undated last), one per line, each with its date as the text gave it, title, type, place,
 * and every quote with its source. Readers without JavaScript and search engines read the list; the
 * element hides it once it renders.
 *
 * Every piece of timeline data is escaped, so that the HTML is safe whatever the timeline holds, validated
 * or not. Same input, same bytes.
 *
 * Throws an `Error` when an attribute name is not lower-case letters, digits and hyphens.
 */
export function timelineFallbackHtml(timeline: Timeline, options: FallbackHtmlOptions = {}): string {
  const { locale = 'en', inlineJson = false, attributes = {} } = options;
  const sources = new Map(timeline.sources.map((s) => [s.id, s]));
  const items = eventsInDateOrder(timeline.events).map(
    (event) => `    ${eventItemHtml(event, sources, locale)}`,
  );
  const list = items.length
    ? ['  <ol class="conflict-timeline-fallback">', ...items, '  </ol>']
    : ['  <ol class="conflict-timeline-fallback"></ol>'];
  return [
    `<conflict-timeline${attributesHtml(attributes)}>`,
    ...list,
    ...(inlineJson ? [`  <script type="application/json">${scriptSafeJson(timeline)}</script>`] : []),
    '</conflict-timeline>',
  ].join('\n');
}

function attributesHtml(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name)) {
        throw new Error(
          `attribute name ${JSON.stringify(name)} is not allowed; expected lower-case letters, digits and hyphens, starting with a letter`,
        );
      }
      return ` ${name}="${escapeHtml(value)}"`;
    })
    .join('');
}

/**
 * Earliest first, by the stretch of time each date covers; undated (and unreadable) dates last. The sort is
 * stable, so events the dates cannot tell apart keep the timeline's own order.
 */
function eventsInDateOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const keyed = events.map((event) => ({ event, interval: dateInterval(event.date) }));
  keyed.sort((a, b) => {
    if (!a.interval || !b.interval) return (a.interval ? 0 : 1) - (b.interval ? 0 : 1);
    return a.interval.start - b.interval.start || a.interval.end - b.interval.end;
  });
  return keyed.map((k) => k.event);
}

function eventItemHtml(
  event: TimelineEvent,
  sources: ReadonlyMap<string, TimelineSource>,
  locale: string,
): string {
  const details = [typeWords(event.type)];
  if (event.location?.name) details.push(event.location.name);
  // What a reader must not take for fact: one party's claim, or something announced that had not happened.
  if (event.status === 'claimed') details.push('claimed, not confirmed');
  if (event.status === 'expected') details.push('expected');
  const mentions = event.mentions.map((m) => mentionHtml(m, sources.get(m.source)));
  return (
    `<li id="event-${escapeHtml(event.id)}">` +
    `${dateHtml(event, locale)} — <strong>${escapeHtml(event.title)}</strong>` +
    ` (${escapeHtml(details.join('; '))}).` +
    (mentions.length ? ` ${mentions.join('; ')}` : '') +
    '</li>'
  );
}

/**
 * The date in words inside `<time>`, whose `datetime` is the first stated date. HTML has no way to write
 * a year before 1 CE, so such a date, like an undated event, is text alone rather than a wrong `datetime`.
 */
function dateHtml(event: TimelineEvent, locale: string): string {
  const text = escapeHtml(formatEventDate(event.date, locale));
  const iso = event.date ? (event.date.start ?? event.date.end) : null;
  const datetime = iso ? htmlDatetime(iso) : undefined;
  return datetime ? `<time datetime="${escapeHtml(datetime)}">${text}</time>` : text;
}

/** `2016`, `2016-03` or `2016-03-27` as HTML reads them: years from 1, at least four digits, no sign. */
function htmlDatetime(iso: string): string | undefined {
  const parsed = parseIsoDate(iso);
  if (!parsed || parsed.year < 1) return undefined;
  return iso.replace(/^\+/, '');
}

function mentionHtml(mention: EventMention, source: TimelineSource | undefined): string {
  const quote = mention.quote ? `<q>${escapeHtml(mention.quote)}</q> — ` : '';
  return `${quote}${sourceHtml(source, mention.source)}`;
}

/**
 * JSON that cannot end its `<script>`: with every `<` written `\u003c` there is no `</script` and no
 * `<!--` (which would change how the HTML parser reads the rest of the script). U+2028 and U+2029 are
 * escaped too, for anyone who reads the text as JavaScript rather than JSON. JSON.parse gives back the same
 * value, since `<` and those characters only ever occur inside strings.
 */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
