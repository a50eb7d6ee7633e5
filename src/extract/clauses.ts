/**
 * Clauses of a sentence, as far as the event pipeline needs them: where one event's words end and the next
 * one's begin ("ISIS recaptured Palmyra eight months later | before Syrian troops drove them out again in
 * March"), and which clause a new subject opens after "and" ("captured Palmyra in March last year | and
 * Moscow even flew in ... for a concert").
 *
 * Written by hand: a full parser (none maintained for JavaScript reads news English well enough) would be
 * slower than the whole pipeline; the few joints below are the ones news sentences use to tell a second
 * event, and a missed joint only leaves a clause longer than it could be.
 */

export interface Clause {
  /** Offsets into the sentence; `text === sentence.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /**
   * How the clause is joined to the one before: `and` for a coordinated clause with a subject of its own
   * ("and Moscow even flew in"), `then` for one that follows in time ("before Syrian troops drove"),
   * `other` for a relative clause, a participle or a semicolon, `first` for the sentence's first clause.
   */
  joint: 'first' | 'and' | 'then' | 'other';
}

// A past-tense verb, regular or among the irregular ones news uses for events.
const PAST_VERB = String.raw`(?:[a-z]+ed|flew|took|sent|held|began|gave|won|lost|fought|struck|shot|brought|made|went|drove|hit|met|led|fled|fell|broke|came|ran|put|set|left|sought|threw|told|said)`;
const SUBJECT = String.raw`(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)`;
const ADVERB = String.raw`(?:(?:even|also|then|later|again|quickly|soon|still|\w+ly)\s+)?`;

const HAS_VERB = new RegExp(String.raw`\b(?:${PAST_VERB}|is|are|was|were|has|have)\b`);

const JOINTS: ReadonlyArray<readonly [Clause['joint'], RegExp]> = [
  ['and', new RegExp(String.raw`,?\s+(?=and\s+${SUBJECT}\s+${ADVERB}(?:had\s+)?${PAST_VERB}\b)`, 'g')],
  [
    'then',
    new RegExp(
      String.raw`,?\s+(?=(?:before|after|until)\s+${SUBJECT}\s+${ADVERB}(?:had\s+)?${PAST_VERB}\b)`,
      'g',
    ),
  ],
  ['other', /\s*;\s*/g],
  ['other', /,?\s+(?=(?:under which|in which|(?<!\b(?:under|in)\s)which|who|whose|whereas)\b)/g],
  ['other', /,\s+(?=(?:signing|saying|adding|aiming|prompting)\b)/g],
];

/** The sentence cut at the joints above, in order; one clause when there is none. */
export function splitClauses(sentence: string): Clause[] {
  const cuts = new Map<number, { end: number; joint: Clause['joint'] }>();
  for (const [joint, pattern] of JOINTS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const at = m.index;
      // A joint needs words on both sides: "and Moscow ..." opening a sentence is not a cut.
      // A coordinated subject needs a verb before it: "Russia, Iran and Turkey agreed" is one clause.
      const coordinated = joint !== 'and' || HAS_VERB.test(sentence.slice(0, at));
      if (at > 0 && coordinated && !cuts.has(at)) cuts.set(at, { end: at + m[0].length, joint });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  const clauses: Clause[] = [];
  let start = 0;
  let joint: Clause['joint'] = 'first';
  for (const at of [...cuts.keys()].sort((a, b) => a - b)) {
    if (at <= start) continue;
    clauses.push({ start, end: at, text: sentence.slice(start, at), joint });
    ({ end: start, joint } = cuts.get(at)!);
  }
  clauses.push({ start, end: sentence.length, text: sentence.slice(start), joint });
  return clauses;
}

/** The clause holding `span` (offsets into the sentence); the whole sentence when the span crosses a cut. */
export function clauseAt(sentence: string, span: { start: number; end: number }): Clause {
  const found = splitClauses(sentence).find((c) => c.start <= span.start && span.end <= c.end);
  return found ?? { start: 0, end: sentence.length, text: sentence, joint: 'first' };
}
