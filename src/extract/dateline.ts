import { formatIsoDate, parseIsoDate } from '../schema/dates.js';
import type { IsoDate } from '../schema/types.js';
import { MONTH_ANY, WEEKDAY_ANY, monthNumber } from './timex/lexicon.js';

/** A publication date found in the first lines of an article, with where it was written. */
export interface Dateline {
  date: IsoDate;
  start: number;
  end: number;
  /** The words that introduced it ("Published", "Last updated at"), when any. */
  label?: string;
}

// How far into the body a dateline may sit: past a headline, a wire credit ("Monitor AFP") and a weekday,
// never into the story's third sentence.
const DATELINE_WINDOW = 320;

// Written by hand: chrono-node and the temporal engine find dates anywhere in a sentence; a dateline is a
// layout convention (a date standing alone before the story, or after "Published"), with forms no prose uses
// ("01.10.2017Get short URL", "Jun 182016" where a page template ate the space).
const LABEL = String.raw`(?<label>published(?:\s+on)?|date\s+of\s+publication|last\s+updated(?:\s+(?:at|on))?|updated(?:\s+(?:at|on))?|posted(?:\s+on)?)\s*:?\s*`;
// Page templates write the clock time before the date ("(updated 1838 11.10.2017)", "1924 16.05.2017"); it
// belongs to the dateline, and left outside it "1838" would read as a year.
const CLOCK = String.raw`(?:\d{1,2}:?\d{2}\s+)`;
/** A label (and a clock time) ending right where a date begins. */
const LABEL_BEFORE_DATE = new RegExp(`${LABEL}${CLOCK}?$`, 'iu');
const CLOCK_BEFORE_DATE = new RegExp(`(?<![\\d.:])${CLOCK}$`, 'u');
const WEEKDAY_PREFIX = String.raw`(?:${WEEKDAY_ANY},?\s+)?`;
const FORMS: ReadonlyArray<{ re: RegExp; parse: (g: Record<string, string | undefined>) => DayParts }> = [
  {
    // "22 Feb 2015", "Sun 22 Feb 2015", "26 November 2014 10:07"
    re: new RegExp(
      String.raw`${WEEKDAY_PREFIX}(?<d>\d{1,2})\s+(?<m>${MONTH_ANY}),?\s+(?<y>(?:19|20)\d\d)\b`,
      'giu',
    ),
    parse: (g) => ({ day: g.d, month: g.m, year: g.y }),
  },
  {
    // "February 18 2015", "Wed Oct 12 2016", "May 31, 2017"; "Jun 182016" (day and year run together)
    re: new RegExp(
      String.raw`${WEEKDAY_PREFIX}(?<m>${MONTH_ANY})\s+(?:(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)|(?<d2>\d{1,2})(?<y2>(?:19|20)\d\d))\b`,
      'giu',
    ),
    parse: (g) => ({ day: g.d ?? g.d2, month: g.m, year: g.y ?? g.y2 }),
  },
  {
    // "01.10.2017", "13-12-2014", "30/04/2017": day first, as outside the United States.
    re: /(?<![\d.\-/])(?<d>\d{1,2})[.\-/](?<mo>\d{1,2})[.\-/](?<y>(?:19|20)\d\d)(?!\d)/gu,
    parse: (g) => ({ day: g.d, month: g.mo, year: g.y }),
  },
];

interface DayParts {
  day: string | undefined;
  month: string | undefined;
  year: string | undefined;
}

// Prose that puts a date in a sentence ("on 12 May 2015 jets struck"): such a date reports an event and is
// no dateline.
const PROSE_BEFORE = /\b(?:on|in|since|from|until|till|by|before|after|between|and|to|of|at)\s+$/i;

/**
 * The publication date an article writes in its first lines: after a label ("Published July 21 2015",
 * "Date of publication 12 August 2016", "Last updated at ..."), or standing alone before the story
 * ("Wed 05 Apr 2017", "AFP Friday 22 Jul 2016", "13-12-2014"). A labelled date wins over a bare one; a date
 * inside a sentence ("on 30 October 2016") is not a dateline. Pure; `from` is where the article begins.
 */
export function findDateline(text: string, from = 0): Dateline | undefined {
  const window = text.slice(from, from + DATELINE_WINDOW);
  let best: Dateline | undefined;
  for (const form of FORMS) {
    for (const m of window.matchAll(form.re)) {
      const date = toIsoDay(form.parse(m.groups ?? {}));
      if (!date) continue;
      const before = window.slice(0, m.index);
      const label = LABEL_BEFORE_DATE.exec(before);
      if (!label && PROSE_BEFORE.test(before)) continue;
      const clock = label ? undefined : CLOCK_BEFORE_DATE.exec(before);
      const candidate: Dateline = {
        date,
        start: from + (label ? label.index : clock ? clock.index : m.index),
        end: from + m.index + m[0].length,
        ...(label ? { label: label.groups!.label!.replace(/\s+/g, ' ') } : {}),
      };
      // A labelled date wins over a bare one; between two of a kind, the first.
      const labelled = candidate.label !== undefined;
      const bestLabelled = best?.label !== undefined;
      if (!best || (labelled && !bestLabelled) || (labelled === bestLabelled && candidate.start < best.start))
        best = candidate;
    }
  }
  return best;
}

function toIsoDay(p: DayParts): IsoDate | undefined {
  if (!p.day || !p.month || !p.year) return undefined;
  const month = /^\d+$/.test(p.month) ? Number(p.month) : monthNumber(p.month.replace(/\.$/, ''));
  if (!month || month > 12) return undefined;
  const iso = `${p.year}-${String(month).padStart(2, '0')}-${p.day.padStart(2, '0')}`;
  // parseIsoDate refuses days a month does not have ("31 Feb").
  const parsed = parseIsoDate(iso);
  return parsed?.granularity === 'day' ? formatIsoDate(parsed) : undefined;
}
