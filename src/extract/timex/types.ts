/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 `mod`: how the expression qualifies its value ("late May" is May with END). */
export type TimexMod =
  'START' | 'MID' | 'END' | 'APPROX' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE';

/**
 * What a value was resolved against: `none` when the text stated every part ("31 May 2017"), `dct` when
 * the publication date supplied the rest ("on Monday", "last year", "June 4"), `anchor` when it was counted
 * from the time the discourse was at ("eight months later").
 */
export type TimexReference = 'none' | 'dct' | 'anchor';

/** One time expression found in a text. */
export interface Timex {
  /** Start offset, UTF-16 units, into the text given to the tagger. */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** The expression as written: `text.slice(start, end)`. */
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2015-11-02`, `2016-03`, `2015`, `P2D`, `PAST_REF`... */
  value: string;
  /** Set when the expression qualifies its value. */
  mod?: TimexMod;
  /** What the value was resolved against. */
  reference?: TimexReference;
  /** The rule that found it. */
  rule?: string;
}
