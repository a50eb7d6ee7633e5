/** The tense of the clause around a time expression, as far as news text shows it. */
export type Tense = 'past' | 'present' | 'future';

// Markers of each tense. The marker nearest the expression within its sentence decides: "said on Friday
// that talks will start" dates Friday by "said", the talks by "will".
const MARKERS: ReadonlyArray<readonly [Tense, RegExp]> = [
  [
    'future',
    /\b(?:will|won't|'ll|shall|going to|is to|are to|(?:is|are) expected to|(?:is|are) scheduled to|(?:is|are) due to|plans? to|intends? to|would|upcoming|next)\b/gi,
  ],
  [
    'past',
    /\b(?:was|were|had|did|said|told|ago|last|earlier|previously|(?!(?:need|feed|speed|seed|bed|red|shed)\b)[a-z]{2,}ed)\b/gi,
  ],
  ['present', /\b(?:is|are|am|says|has|have|do|does|now|currently)\b/gi],
];

/** Tense of the sentence around `[start, end)` in `text`, judged by the nearest marker; past by default. */
export function clauseTense(text: string, start: number, end: number): Tense {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  let best: { tense: Tense; distance: number } | undefined;
  for (const [tense, pattern] of MARKERS) {
    pattern.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) && m.index < to) {
      const mEnd = m.index + m[0].length;
      if (m.index >= start && mEnd <= end) continue;
      const distance = m.index >= end ? m.index - end : start - mEnd;
      if (!best || distance < best.distance) best = { tense, distance };
    }
  }
  return best?.tense ?? 'past';
}

function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (text[i] === '\n' || (/[.!?]/.test(text[i]!) && /\s/.test(text[i + 1] ?? ''))) {
      // "U.S." and "Jan." are not sentence ends.
      if (
        text[i] === '.' &&
        /(?:\b[A-Z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gen|Mr|Mrs|Dr|St))$/.test(
          text.slice(Math.max(0, i - 5), i),
        )
      )
        continue;
      return i + 1;
    }
  }
  return 0;
}

function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    if (text[i] === '\n' || (/[.!?]/.test(text[i]!) && /\s|$/.test(text[i + 1] ?? ''))) {
      if (
        text[i] === '.' &&
        /(?:\b[A-Z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gen|Mr|Mrs|Dr|St))$/.test(
          text.slice(Math.max(0, i - 5), i),
        )
      )
        continue;
      return i;
    }
  }
  return text.length;
}
