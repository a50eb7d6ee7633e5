/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

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
}
