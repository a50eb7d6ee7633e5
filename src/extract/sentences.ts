/** A sentence of an article, with its offsets into the article text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Words that end with a full stop without ending a sentence: single letters ("U.S.", "a.m.", "J.") and the
 * abbreviations of titles and months. Shared with the tense detector, which asks the same question.
 */
export const ABBREVIATION = String.raw`\b[A-Za-z]|\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Pres|Dr|Mr|Mrs|Ms|St|Mt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|approx|vs|etc)`;

// Intl.Segmenter follows Unicode sentence rules (UAX #29), which end a sentence after "U.S." or "Gen."
// followed by a capital. These abbreviations almost never end a sentence in news copy, so a break right
// after one is undone.
const ABBREVIATION_BEFORE_BREAK = new RegExp(String.raw`(?:${ABBREVIATION})\.\s*$`);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits `text[from, to)` into sentences. Paragraph breaks (a blank line, or a line break in text without
 * blank lines) always end a sentence: headlines and captions carry no final full stop.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  const paragraph = /[^\r\n]+/g;
  paragraph.lastIndex = from;
  let p: RegExpExecArray | null;
  while ((p = paragraph.exec(text)) && p.index < to) {
    const base = p.index;
    const line = p[0].slice(0, to - base);
    let pending: { start: number; end: number } | undefined;
    for (const seg of segmenter.segment(line)) {
      const start = base + seg.index;
      const end = start + seg.segment.length;
      if (pending && ABBREVIATION_BEFORE_BREAK.test(text.slice(pending.start, pending.end))) {
        pending.end = end;
      } else {
        if (pending) push(out, text, pending);
        pending = { start, end };
      }
    }
    if (pending) push(out, text, pending);
  }
  return out;
}

function push(out: Sentence[], text: string, span: { start: number; end: number }): void {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
