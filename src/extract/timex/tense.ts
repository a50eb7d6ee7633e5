import { ABBREVIATION } from '../sentences.js';

/** The tense of the clause around a time expression, as far as news text shows it. */
export type Tense = 'past' | 'present' | 'future';

const IRREGULAR_PAST =
  'said|told|went|came|met|took|gave|made|held|left|saw|began|sought|brought|fought|won|lost|fell|rose|struck|shot|found|thought|spoke|wrote|sent|led|kept|felt|heard|paid|became|broke|built|bought|caught|chose|drove|flew|fled|got|grew|hid|knew|meant|ran|sold|sat|stood|swore|taught|threw|withdrew|overran|spent|drew|hung|rode|sank|shook|slept|stuck|swept|tore|wept|woke|wore|arose|beat|blew|dealt';

// Markers of each tense, future first: at the same place, "scheduled", "planned" and "vowed to" speak of what
// is to come even though they end in -ed (a plan, a promise or a threat dates the act intended). A participle
// after "be" or "is" is passive and takes its tense from that auxiliary. Case matters: "United" is no past
// participle, "May" no modal.
const MARKERS: ReadonlyArray<readonly [Tense, RegExp]> = [
  [
    'future',
    /\b(?:will|won't|'ll|shall|going to|is to|are to|was to|were to|expected to|scheduled(?: to)?|due to|set to|supposed to|plans? to|payable|effective|expected|between now and|agreed to|likely to|about to|preparing to|planned|planning|promised to|vowed to|pledged to|threatened to|hopes? to|hoped to|aims? to|intends? to|intended to|would|might|should|may|as soon as|as early as|until|upcoming|next(?! to\b)|later this|tomorrow)\b/g,
  ],
  [
    'past',
    new RegExp(
      `\\b(?:was|were|had|did|ago|last|earlier|previously|yesterday|since|(?<!\\b(?:be|been|being|is|are|am) )(?:${IRREGULAR_PAST}|(?!(?:need|feed|speed|seed|bed|red|shed|hundred|bred|succeed|proceed|exceed|indeed)\\b)(?!un[a-z]+ed\\b)[a-z]{2,}ed))\\b`,
      'g',
    ),
  ],
  ['present', /\b(?:is|are|am|says|has|have|do|does|now|currently|today)\b/g],
];

const ABBREVIATION_BEFORE_DOT = new RegExp(`(?:${ABBREVIATION})$`);

/** How far before the expression the verb that governs it is looked for, in characters. */
const GOVERNING_WINDOW = 120;

/**
 * Tense of the clause around `[start, end)`. The verb that governs a time expression usually comes before
 * it ("said on Friday", "will meet on Thursday", "planned to leave on Thursday"), so the nearest marker
 * before it within the sentence decides; failing one, the nearest after ("Friday, the ministry said");
 * failing both, past, which is what news mostly reports.
 */
export function clauseTense(text: string, start: number, end: number): Tense {
  return statedTense(text, start, end) ?? 'past';
}

/** The tense a marker in the clause states, or undefined when none does (then news reads as past). */
export function statedTense(text: string, start: number, end: number): Tense | undefined {
  const from = Math.max(sentenceStart(text, start), start - GOVERNING_WINDOW);
  const to = sentenceEnd(text, end);
  let before: { tense: Tense; distance: number } | undefined;
  let after: { tense: Tense; distance: number } | undefined;
  for (const [tense, pattern] of MARKERS) {
    pattern.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) && m.index < to) {
      const mEnd = m.index + m[0].length;
      if (m.index < end && mEnd > start) continue;
      if (mEnd <= start) {
        const distance = start - mEnd;
        if (!before || distance < before.distance) before = { tense, distance };
      } else {
        const distance = m.index - end;
        // Where "planned to" follows the expression, the expression dates the planning, not the plan.
        if (!after || distance < after.distance || (distance === after.distance && tense === 'past'))
          after = { tense, distance };
      }
    }
  }
  if (after && before && after.distance <= 1 && before.distance > after.distance) return after.tense;
  return (before ?? after)?.tense;
}

function isSentenceEnd(text: string, i: number): boolean {
  if (text[i] === '\n') return true;
  if (!/[.!?]/.test(text[i]!) || !/\s|$/.test(text[i + 1] ?? '')) return false;
  return !(text[i] === '.' && ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, i - 8), i)));
}

function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) if (isSentenceEnd(text, i)) return i + 1;
  return 0;
}

function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if (isSentenceEnd(text, i)) return i;
  return text.length;
}
