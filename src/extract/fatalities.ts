/**
 * Death counts in a sentence of war news: "at least 26 people were killed", "Bomb Kills 18", "the death toll
 * rose to 43", "claimed the lives of 129 loyalists and 116 rebels".
 *
 * Written by hand: no maintained npm package reads casualty phrases, and the number words a reporter spells
 * out are a small closed set. The sentence is cut into tokens once; every figure in it is read with the hedge
 * in front of it ("at least", "nearly"), and a figure counts deaths only when a death phrase holds it, either
 * a verb or noun before it ("killing 12", "toll of 43", "bodies of 30") or a death verb after the people it
 * counts ("48 people executed", "12 dead"). Everything else (strikes, sorties, years, ages, dates, money,
 * the wounded, the displaced) is not a death count because nothing ties it to a death.
 */

export interface FatalityCount {
  /** Deaths reported. */
  count: number;
  /** The text gave a lower bound: "at least 26", "more than 120", "over 40", "26 or more". */
  atLeast: boolean;
  /** The text hedged the figure: "about 30", "nearly 50", "some 20", "up to 15". */
  approximate: boolean;
  /**
   * A subset of another figure of the sentence ("including 12 ISIS fighters", "two women ... were among
   * eight people killed"): its deaths are already in that figure, so it is never added to it.
   */
  part: boolean;
  /**
   * Counts that share a group are coordinated parts of one death phrase ("129 loyalists and 116 rebels")
   * and add up to that phrase's deaths. Groups are numbered from 0 in the order they are read.
   */
  group: number;
  /**
   * A toll of the whole war or of a long span ("more than 280000 people have been killed since 2011"),
   * not of one event.
   */
  cumulative: boolean;
  /** A running toll of an event: "the death toll rose to 43", "bringing the toll to 43". */
  toll: boolean;
  /** Deaths added to an earlier count: "three more died", "killing another six". */
  increment: boolean;
  /** Offset of the figure (with its hedge, "at least 26") in the sentence. */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** `sentence.slice(start, end)`. */
  text: string;
}

interface Token {
  /** As written: "IS" (Islamic State) is a name, "is" a verb. */
  raw: string;
  lower: string;
  start: number;
  end: number;
  kind: 'num' | 'word' | 'punct';
}

/** A figure as written: the numeral, the hedges before and after it, and whether it can count anything. */
interface Figure {
  value: number;
  /** First token of the hedge, or of the numeral when there is none. */
  first: number;
  /** Token after the numeral and any trailing hedge ("or more"). */
  after: number;
  atLeast: boolean;
  approximate: boolean;
  /** A date, year, time, age, percentage, sum of money or compound adjective ("4-year"): never a count. */
  excluded: boolean;
}

const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}+(?:['’]\p{L}+)*)|\S/gu;

const UNITS: ReadonlyMap<string, number> = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, i]),
);
const TENS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [
    w,
    20 + 10 * i,
  ]),
);
const NUMERAL_START = new Set([...UNITS.keys(), ...TENS.keys(), 'a', 'an', 'half']);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
]);

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** Hedges before a figure, longest first so that "more than" wins over a bare "more". */
const HEDGES: readonly { words: readonly string[]; atLeast: boolean }[] = [
  ...[
    'at least',
    'more than',
    'over',
    'upwards of',
    'in excess of',
    'no fewer than',
    'no less than',
    'not less than',
    'a minimum of',
    'above',
  ].map((h) => ({ words: h.split(' '), atLeast: true })),
  ...[
    'about',
    'around',
    'nearly',
    'almost',
    'some',
    'roughly',
    'approximately',
    'an estimated',
    'estimated',
    'close to',
    'up to',
    'as many as',
    'just under',
    'circa',
  ].map((h) => ({ words: h.split(' '), atLeast: false })),
].sort((a, b) => b.words.length - a.words.length);
const HEDGE_WORDS = new Set(HEDGES.flatMap((h) => h.words));
const AT_LEAST_GAP = /\b(?:at least|more than|over|upwards of|in excess of|no (?:fewer|less) than)\b/;
const APPROXIMATE_GAP =
  /\b(?:about|around|nearly|almost|some|roughly|approximately|estimated|close to|up to)\b/;

const MONTHS = set(
  'january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);
const AGE_RANGE = set('from between to and - of');
const MONEY_AFTER = set('dollars dollar euros euro pounds lira liras usd cents bn');
const TIME_AFTER = set('am pm gmt hrs');

/** Verbs and nouns that, right before a figure, make it a death count: "killing 12", "executed 48". */
const KILL_BEFORE = set(
  'kill kills killed killing execute executes executed executing massacre massacres massacred massacring slaughter slaughtered slaughtering murder murders murdered murdering behead beheads beheaded beheading eliminate eliminates eliminated eliminating',
);
/** Nouns that, with "of", make the next figure a death count: "bodies of 30", "massacre of 40". */
const OF_BEFORE = set(
  'bodies corpses remains massacre killing killings death deaths execution executions murder murders slaughter slaying beheading beheadings lives',
);
/** Words that put a "kill" in the future or the conditional ("vowed to kill 100 hostages"). */
const NOT_YET = set('to will would could might may can');
/** Verbs that take "lives" as their object when it counts deaths: "claimed 43 lives". */
const CLAIMED = set('claimed claiming claims claim cost costing costs took taking takes take');

/** Words allowed between "toll" and its figure: "the death toll has now risen to", "put the toll at". */
const TOLL_BRIDGE = set(
  'rose risen rising climbed climbing jumped increased reached reaching hit hits stood stands standing was is has had have been now to at of further up already amounted totalled totaled topped exceeded passed surpassed mounted soared then estimated between',
);
const TOLL_BEFORE_FIGURE = set(
  'to at of was is reached reaching hit hits stood stands exceeded topped surpassed passed rose climbed between',
);
/** A toll of these is no death toll. */
const TOLL_NOT_DEATHS = set('injury injured wounded');
/** Nouns that count the dead by themselves: "30 bodies", "15 deaths", "4 martyrs". */
const DEATH_HEADS = set('bodies corpses deaths fatalities martyrs');
/** What "the number of ..." or "among the ..." names when it means the dead. */
const DEATH_NOUN = set('dead deaths killed victims fatalities died');

/** Death words after the people they count: "48 people executed", "12 dead", "43 died". */
const DEATH_AFTER = set('killed dead died executed slain perished massacred murdered beheaded slaughtered');
/** Of those, the ones that are also active verbs ("Two bombers killed 12") and so need a passive reading. */
const TRANSITIVE = set('killed executed massacred murdered beheaded slaughtered');
const INJURY = set('wounded injured hurt wounding injuring maimed');
/** Verbs that, next to a killing, say what else happened to people: never deaths. */
const NOT_DEATH = set(
  'wounded injured hurt maimed injures wounds arrested detained displaced captured kidnapped abducted freed released evacuated rescued',
);
/** Words a death verb phrase may carry before its verb: "were reportedly killed", "have been confirmed dead". */
const VP_SKIP = set(
  'were was are is be been being have has had also all reportedly reported later allegedly confirmed believed thought feared said to already now then subsequently both who that initially apparently likely probably eventually found shot assumed presumed declared pronounced',
);
/** Quantities without a figure: "44 killed, dozens injured". */
const VAGUE = set('dozens scores hundreds thousands tens many several others');
/** A quotation opening between a verb and its figure: killed "at least 18 fighters". */
const QUOTES = new Set(['"', '“', '”', "'"]);
const ASIDE = new Set([',', '-', '–', '—', '(', ')']);
/** Words that open a clause of its own, past which a subset list no longer belongs to the count. */
const CLAUSE_BREAK = set('and but while when as after who which where said says');
/** Auxiliaries that open a clause with the figure before them as its subject. */
const COPULA = set('were was are is have has had');
/** Auxiliaries that make a following "killed" passive ("were killed") rather than active. */
const PLURAL_COPULA = set('were are');
const PASSIVE = set('were was are is be been being');
const PREPOSITIONS = set(
  'in on at by for with to into near after before during since as when while across inside outside under over among against onto toward towards through throughout following per via amid',
);
/** Words that end the noun phrase after a figure. */
const NP_STOP = new Set([
  ...VP_SKIP,
  ...DEATH_AFTER,
  ...INJURY,
  ...PREPOSITIONS,
  ...'and or but nor which whom whose including according says say fled arrested displaced evacuated freed released captured detained kidnapped abducted rescued missing lost kill kills killing died'.split(
    ' ',
  ),
]);
const DETERMINERS = set('the a an this that these those his her their its our my your');
/** Adjectives in -ed that are no verb ("48 alleged rebels", "12 armed men"). */
const ED_ADJECTIVES = set(
  'alleged armed unarmed suspected unidentified backed linked based affiliated allied trained',
);
/** Head nouns that never count people: a figure counting them is not a death count. */
const NON_PERSON = set(
  'year years month months week weeks day days hour hours minute minutes second seconds decade decades time times strike strikes airstrike airstrikes raid raids airraid sortie sorties bomb bombs bombing bombings missile missiles rocket rockets shell shells mortar mortars attack attacks explosion explosions blast blasts barrel barrels tank tanks vehicle vehicles truck trucks car cars building buildings house houses home homes village villages town towns km kilometres kilometers kilometre kilometer mile miles metre metres meter meters percent per dollars euros tons tonnes ton positions targets target hospital hospitals school schools mosque mosques facility facilities points sites site weapons aircraft jets jet planes plane helicopters drones drone rounds shots incidents incident operations cases hectares family families groups views brigades battalions areas neighbourhoods neighborhoods districts provinces countries storey storeys floors',
);
/** Words that, right after a bare "killed", show it is active ("Two bombers killed 12") rather than passive. */
const OBJECT_START = new Set([
  ...DETERMINERS,
  ...'dozens scores hundreds thousands many several some more over about nearly civilians people persons fighters soldiers children women men rebels militants members insurgents residents'.split(
    ' ',
  ),
]);
/** Head nouns of people, for lists whose commas were stripped. */
const PERSON_HEADS = set(
  'people persons civilians fighters soldiers troops children women men rebels militants members insurgents jihadists residents villagers policemen officers workers volunteers patients doctors staff staffers others boys girls babies infants minors loyalists attackers gunmen terrorists extremists combatants forces personnel guards police policemen militiamen',
);
/** Heads a juxtaposed figure breaks down ("Three civilians two women and a man"). */
const GENERIC_HEADS = set('people persons civilians victims');
/** Who "civilians" break down into; fighters beside civilians are more dead, not a part of them. */
const SUBSET_HEADS = set(
  'women children men boys girls babies infants minors elderly woman child man boy girl baby',
);
/** Words after a year-like figure that make it a count after all ("2000 militants", "2000 dead"). */
const PERSON_NOUNS = new Set([...PERSON_HEADS, 'killed', 'dead']);
/** Words before "one" that make it a pronoun or a determiner, not a count: "no one", "the one who". */
const ONE_NOT_COUNT = set('no any every each the this that which');
/** Where a subset list starts: "including 12 ISIS fighters", "among them 11 children". */
const PART_MARKERS: readonly (readonly string[])[] = [
  ['including'],
  ['among', 'them'],
  ['among', 'whom'],
  ['of', 'whom'],
  ['of', 'them'],
  ['among', 'those'],
];

/**
 * A toll over the war or a long span follows the figure in the same clause: "... killed since the conflict
 * began", "... have died in the Syrian conflict", "... since September 2014".
 */
const WAR_SPAN_AFTER = new RegExp(
  String.raw`^(?:(?!\b(?:which|where|who|when|while)\b)[^.;]){0,120}?\b(?:` +
    [
      String.raw`since (?:the )?(?:start|beginning|outbreak|onset) of (?:the |its |syria'?s )?(?:\w+ )?(?:conflict|war|uprising|revolt|revolution|crisis)`,
      String.raw`since (?:the|its|syria'?s) (?:\w+ )?(?:conflict|war|uprising|revolt|revolution|crisis)`,
      String.raw`since (?:\w+ )?(?:19|20)\d\d\b`,
      String.raw`since (?:it|the (?:conflict|war|uprising|crisis)) (?:began|started|erupted|broke out)`,
      String.raw`(?:over|during|in) the (?:past|last) (?:\w+ )?(?:years?|months|decade)`,
      String.raw`during the (?:\w+ )?(?:war|conflict)`,
      String.raw`across (?:syria|the country)`,
    ].join('|') +
    ')',
  'i',
);
/** ... or right after it: "... have been killed in Syria's war". */
const WAR_SPAN_NEAR =
  /^(?:\s+\S+){0,5}?\s+in (?:the|syria'?s|a) (?:[\w-]+ ){0,2}(?:conflict|war|uprising)\b(?! monitor)/i;
/** ... or the war is the subject: "a conflict that has left 210000 people dead", "the war has killed". */
const WAR_SPAN_BEFORE =
  /\b(?:conflict|war(?![\s-]*monitor)|uprising|crisis|revolt)\b[^.;]{0,25}?\b(?:has|have|had|which|that)\b(?:\s+\S+){0,3}\s*$/i;
/** No single event of this war has killed this many: a figure this large is a war toll. */
const WAR_TOLL_FLOOR = 100_000;

/** Every rule needs one of these stems; most sentences have none and are passed over at once. */
const ANY_DEATH_WORD =
  /kill|dead|died|death|toll|lives|bodies|corpses|remains|massacr|execut|slain|perish|slaughter|murder|behead|victim|fatalit|eliminat|martyr/;

function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  const lower = sentence.toLowerCase();
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(sentence))) {
    const end = m.index + m[0].length;
    out.push({
      raw: m[0],
      lower: lower.slice(m.index, end),
      start: m.index,
      end,
      kind: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct',
    });
  }
  return out;
}

/** Reads the sentence's figures and keeps the ones a death phrase holds. */
class Reader {
  private readonly toks: Token[];
  private readonly figures: Figure[] = [];
  /** Figure index by the token its hedge (or numeral) starts at, and by its numeral's token. */
  private readonly byFirst = new Map<number, number>();
  private readonly byNumeral = new Map<number, number>();
  private readonly assigned = new Map<
    number,
    { part: boolean; group: number; toll: boolean; atLeast?: boolean; approx?: boolean }
  >();
  private nextGroup = 0;
  /** Death verbs already read as the verb of the figures before them ("10 civilians killed 15 injured"). */
  private readonly usedVerbs = new Set<number>();

  constructor(private readonly sentence: string) {
    this.toks = tokenize(sentence);
    this.readFigures();
  }

  private w(i: number): string {
    return this.toks[i]?.lower ?? '';
  }

  private isWord(i: number): boolean {
    return this.toks[i]?.kind === 'word';
  }

  private adjacent(i: number): boolean {
    const a = this.toks[i];
    const b = this.toks[i + 1];
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  private readFigures(): void {
    for (let i = 0; i < this.toks.length;) {
      const numeral = this.readNumeral(i);
      if (!numeral) {
        i++;
        continue;
      }
      const figure = this.hedge(i, numeral.value, numeral.end);
      figure.excluded = this.isExcluded(i, numeral.end, figure.value);
      const index = this.figures.push(figure) - 1;
      this.byFirst.set(figure.first, index);
      this.byNumeral.set(i, index);
      i = numeral.end;
    }
  }

  /** A numeral at token `i`: digits ("1,200", "1.2 million") or number words ("twenty-one", "a dozen"). */
  private readNumeral(i: number): { value: number; end: number } | undefined {
    const t = this.toks[i];
    if (!t) return undefined;
    if (t.kind === 'num') {
      let value = Number(t.lower.replace(/,/g, ''));
      let end = i + 1;
      const scale = SCALES.get(this.w(end));
      if (scale !== undefined) {
        value *= scale;
        end++;
      }
      return Number.isInteger(value) ? { value, end } : undefined;
    }
    if (t.kind !== 'word' || !NUMERAL_START.has(t.lower)) return undefined;
    const w = t.lower;
    if ((w === 'a' || w === 'an') && this.w(i + 1) === 'dozen') return { value: 12, end: i + 2 };
    if (w === 'half' && this.w(i + 1) === 'a' && this.w(i + 2) === 'dozen') return { value: 6, end: i + 3 };
    let j = i;
    let total = 0;
    let current = 0;
    let read = false;
    let lastTens = false;
    if ((w === 'a' || w === 'an') && SCALES.has(this.w(i + 1))) {
      current = 1;
      read = true;
      j++;
    }
    for (;;) {
      const word = this.w(j);
      const unit = UNITS.get(word);
      const tens = TENS.get(word);
      const scale = SCALES.get(word);
      if (!this.isWord(j)) break;
      if (unit !== undefined || tens !== undefined) {
        // Two small numbers in a row ("two three") are two figures, except after a scale word or a unit
        // after tens ("twenty one").
        const afterTens = lastTens && unit !== undefined && unit > 0 && unit < 10;
        if (read && current % 100 !== 0 && !afterTens) break;
        current += unit ?? tens ?? 0;
        read = true;
        lastTens = tens !== undefined;
        j++;
        if (tens !== undefined && this.w(j) === '-' && this.adjacent(j - 1) && this.adjacent(j)) {
          const after = UNITS.get(this.w(j + 1));
          if (after !== undefined && after > 0 && after < 10) {
            current += after;
            j += 2;
          }
        }
      } else if (scale !== undefined && read) {
        lastTens = false;
        if (scale === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * scale;
          current = 0;
        }
        j++;
      } else if (word === 'dozen' && read) {
        current *= 12;
        j++;
      } else if (
        word === 'and' &&
        read &&
        SCALES.has(this.w(j - 1)) &&
        (UNITS.has(this.w(j + 1)) || TENS.has(this.w(j + 1)))
      ) {
        j++;
      } else break;
    }
    return read ? { value: total + current, end: j } : undefined;
  }

  private hedge(numeral: number, value: number, end: number): Figure {
    let first = numeral;
    let atLeast = false;
    let approximate = false;
    for (let rounds = 0; rounds < 2; rounds++) {
      const h = HEDGES.find((c) => c.words.every((word, k) => this.w(first - c.words.length + k) === word));
      if (!h) break;
      first -= h.words.length;
      if (h.atLeast) atLeast = true;
      else approximate = true;
    }
    let after = end;
    if (this.w(after) === 'or' && this.w(after + 1) === 'more') {
      atLeast = true;
      after += 2;
    } else if (this.w(after) === 'or' && this.w(after + 1) === 'so') {
      approximate = true;
      after += 2;
    } else if (this.w(after) === '+' && this.adjacent(after - 1)) {
      atLeast = true;
      after++;
    }
    return { value, first, after, atLeast, approximate, excluded: false };
  }

  private isExcluded(i: number, end: number, value: number): boolean {
    const t = this.toks[i]!;
    const next = this.w(end);
    const prev = this.w(i - 1) === '.' ? this.w(i - 2) : this.w(i - 1);
    if (MONTHS.has(next) || MONTHS.has(prev)) return true;
    if (this.toks[end]?.raw === 'May' || this.toks[i - 1]?.raw === 'May') return true;
    if (
      t.kind === 'num' &&
      /^\d{4}$/.test(t.lower) &&
      value >= 1900 &&
      value < 2100 &&
      !PERSON_NOUNS.has(next)
    )
      return true;
    if (next === ':' || TIME_AFTER.has(next)) return true;
    if ((next === 'a' || next === 'p') && this.w(end + 1) === '.' && this.w(end + 2) === 'm') return true;
    if (next === '%' || next === 'percent' || (next === 'per' && this.w(end + 1) === 'cent')) return true;
    if (prev === '$' || prev === '£' || prev === '€' || MONEY_AFTER.has(next)) return true;
    if ((next === 'years' || next === 'year') && this.w(end + 1) === 'old') return true;
    // "aged 12", "aged from four to 10", "ages 5-8".
    for (let b = i - 1; b >= 0 && b >= i - 5; b--) {
      const w = this.w(b);
      if (w === 'aged' || w === 'age' || w === 'ages') return true;
      if (!AGE_RANGE.has(w) && this.toks[b]!.kind !== 'num' && !UNITS.has(w) && !TENS.has(w)) break;
    }
    // "12-year-old", "4-year", "2nd", "1990s", "5km": the figure is part of another word.
    if (this.adjacent(end - 1) && (next === '-' || this.isWord(end)) && this.w(end + 1) !== 'plus')
      return true;
    if (value === 1 && this.toks[i]!.kind === 'word') {
      if (next === 'of' && !this.byFirstAt(end + 1) && !this.byFirstAt(end + 2)) return true;
      if (ONE_NOT_COUNT.has(prev) || next === 'another') return true;
    }
    return false;
  }

  /** Whether a numeral or its hedge starts at token `i`, reading ahead when figures are not yet known. */
  private byFirstAt(i: number): boolean {
    if (this.byFirst.has(i)) return true;
    if (this.readNumeral(i)) return true;
    const h = HEDGES.find((c) => c.words.every((word, k) => this.w(i + k) === word));
    return h !== undefined && this.readNumeral(i + h.words.length) !== undefined;
  }

  private startsFigure(i: number): boolean {
    return this.byFirst.has(i) || this.byNumeral.has(i);
  }

  private figureAt(i: number): number | undefined {
    return this.byFirst.get(i);
  }

  /**
   * The noun phrase after a figure ("people", "alleged rebels", "members of the Nusra Front"): where it ends,
   * whether it names things rather than people, and its head words.
   */
  private nounPhrase(from: number): { end: number; words: string[]; nonPerson: boolean } {
    let k = from;
    const words: string[] = [];
    let afterOf = false;
    let count = 0;
    while (k < this.toks.length && count < 9) {
      const t = this.toks[k]!;
      if (t.kind === 'punct') {
        if (
          (t.lower === '-' || t.lower === '’' || t.lower === "'") &&
          this.adjacent(k - 1) &&
          this.adjacent(k)
        ) {
          k++;
          continue;
        }
        break;
      }
      const isFigure = t.kind === 'num' || this.figureAt(k) !== undefined || this.byNumeral.has(k);
      if (isFigure && !afterOf) break;
      const w = t.lower;
      // An all-capitals word is a name ("IS fighters", "US-led"), never one of the stop words it spells.
      if (t.raw.length > 1 && t.raw === t.raw.toUpperCase() && t.kind === 'word') {
        if (!afterOf) words.push(w);
        count++;
        k++;
        continue;
      }
      // "three children from one family": a figure after "from" belongs to the phrase.
      if (w === 'from' && (this.isWord(k + 1) || this.toks[k + 1]?.kind === 'num')) {
        afterOf = true;
        k++;
        continue;
      }
      if (w === 'of') {
        const n = this.w(k + 1);
        if (this.isWord(k + 1) && !this.byFirstAt(k + 1) && n !== 'them' && n !== 'whom' && n !== 'those') {
          afterOf = true;
          k++;
          continue;
        }
        break;
      }
      if (NP_STOP.has(w)) break;
      if (!afterOf && DETERMINERS.has(w)) break;
      if (w.endsWith('ed') && !ED_ADJECTIVES.has(w)) {
        const n = this.toks[k + 1];
        const nw = this.w(k + 1);
        const modifiesNext =
          n !== undefined &&
          n.kind === 'word' &&
          !NP_STOP.has(nw) &&
          !DETERMINERS.has(nw) &&
          !this.byFirstAt(k + 1) &&
          nw !== 'of';
        if (!modifiesNext) break;
      }
      if (!afterOf) words.push(w);
      count++;
      k++;
    }
    // The first word that says what is counted decides: "12 air strikes" counts strikes, "1300 people using
    // chemical weapons" people.
    const decisive = words.find((w) => NON_PERSON.has(w) || PERSON_HEADS.has(w));
    return { end: k, words, nonPerson: decisive !== undefined && NON_PERSON.has(decisive) };
  }

  /** Skips the comma, dash or bracket that sets off an aside ("Sixteen civilians - including three children -"). */
  private skipComma(k: number): number {
    return ASIDE.has(this.w(k)) && !this.adjacent(k - 1) ? k + 1 : this.w(k) === ',' ? k + 1 : k;
  }

  private partMarkerAt(k: number): number | undefined {
    const m = PART_MARKERS.find((p) => p.every((word, i) => this.w(k + i) === word));
    return m ? k + m.length : undefined;
  }

  /**
   * A list of figures and their noun phrases ("129 loyalists and 116 rebels", "1733 children 969 women and
   * 311"), with the subset lists inside it ("among them 26 minors"). Stops before an item a verb of its own
   * follows, unless `sharedVerb` (the list is the subject of one verb phrase after it).
   */
  private list(
    start: number,
    sharedVerb: boolean,
  ): { items: number[]; parts: number[][]; end: number; nonPerson: boolean } {
    const items: number[] = [];
    const parts: number[][] = [];
    let fig = start;
    for (;;) {
      const f = this.figures[fig]!;
      // "killed 26 people 12 of them children": a subset of the figure before, unless it opens the list.
      const ofThem =
        items.length > 0 && this.w(f.after) === 'of' && /^(?:them|whom)$/.test(this.w(f.after + 1));
      let np = this.nounPhrase(ofThem ? f.after + 2 : f.after);
      if (np.nonPerson || f.excluded) return { items, parts, end: np.end, nonPerson: items.length === 0 };
      // "Monitor: 10 of 48 people executed": the first figure is a subset of the second.
      if (np.words.length === 0 && this.w(f.after) === 'of') {
        const of = this.figureAt(f.after + 1) ?? this.figureAt(f.after + 2);
        if (of !== undefined && (this.w(f.after + 1) === 'the' || of === this.figureAt(f.after + 1))) {
          parts.push([fig]);
          fig = of;
          continue;
        }
      }
      if (ofThem) parts.push([fig]);
      else items.push(fig);
      let k = np.end;
      const marker = this.partMarkerAt(this.skipComma(k));
      if (marker !== undefined && this.figureAt(marker) !== undefined) {
        const sub = this.list(this.figureAt(marker)!, true);
        if (sub.items.length) {
          parts.push(sub.items, ...sub.parts);
          k = this.skipComma(sub.end);
        }
      }
      let next = k;
      if (this.w(next) === ',') next++;
      if (this.w(next) === 'and' || this.w(next) === '&') next++;
      const following = this.figureAt(next);
      if (following === undefined) return { items, parts, end: k, nonPerson: false };
      const nf = this.figures[following]!;
      const nextOfThem = this.w(nf.after) === 'of' && /^(?:them|whom)$/.test(this.w(nf.after + 1));
      const prevWords = np.words;
      np = this.nounPhrase(nextOfThem ? nf.after + 2 : nf.after);
      // Without "and" or a comma, two figures in a row are one list only when both count people ("10
      // children 5 women", commas stripped) or the second is a subset ("86 30 of them children").
      if (
        next === k &&
        !nextOfThem &&
        !(
          PERSON_HEADS.has(prevWords[prevWords.length - 1] ?? '') &&
          PERSON_HEADS.has(np.words[np.words.length - 1] ?? '')
        )
      )
        return { items, parts, end: k, nonPerson: false };
      if (
        np.nonPerson ||
        nf.excluded ||
        INJURY.has(this.w(this.skipOthers(np.end))) ||
        (!sharedVerb && this.verbAfter(np.end))
      )
        return { items, parts, end: k, nonPerson: false };
      // "Three civilians two women and a man were killed": after "people" or "civilians", the figures
      // that follow without "and" break the total down.
      const prevHead = prevWords[prevWords.length - 1] ?? '';
      const nextHead = np.words[np.words.length - 1] ?? '';
      if (
        next === k &&
        !nextOfThem &&
        GENERIC_HEADS.has(prevHead) &&
        (prevHead !== 'civilians' || SUBSET_HEADS.has(nextHead))
      ) {
        const sub = this.list(following, true);
        parts.push(sub.items, ...sub.parts);
        return { items, parts, end: sub.end, nonPerson: false };
      }
      fig = following;
    }
  }

  /** A verb phrase of its own begins at `k` ("and 20 were wounded"): the figure before it is not in the list. */
  private verbAfter(k: number): boolean {
    const w = this.w(k);
    return VP_SKIP.has(w) || DEATH_AFTER.has(w) || INJURY.has(w);
  }

  /** "killing 12", "claimed the lives of 129", "bodies of 30", "shot dead 5": a death word right before. */
  private deathBefore(fig: Figure): boolean {
    let p = fig.first - 1;
    if (QUOTES.has(this.w(p))) p--;
    if (this.w(p) === 'another' || this.w(p) === 'all') p--;
    else if (this.w(p) === 'further' || this.w(p) === 'additional') p -= 2;
    else if (this.w(p) === 'of' && this.w(p - 1) === 'total' && this.w(p - 2) === 'a') p -= 3;
    const w = this.w(p);
    if (this.usedVerbs.has(p)) return false;
    if (KILL_BEFORE.has(w)) return !(w === 'kill' && NOT_YET.has(this.w(p - 1)));
    // "killed and crucified five", "Kills, Crucifies 5": a second verb after the killing, not an injury.
    if (this.isWord(p) && !INJURY.has(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w)) {
      const q = this.w(p - 1) === 'and' || this.w(p - 1) === ',' ? p - 2 : p - 1;
      if (KILL_BEFORE.has(this.w(q)) && /(?:ed|es)$/.test(w) && !NOT_DEATH.has(w) && !this.usedVerbs.has(q))
        return true;
    }
    if (w === 'of' && this.w(p - 1) === 'lives') {
      const verb = this.w(p - 2) === 'the' ? p - 3 : p - 2;
      return CLAIMED.has(this.w(verb));
    }
    if (w === 'of') return OF_BEFORE.has(this.w(p - 1));
    return w === 'dead' && this.w(p - 1) === 'shot';
  }

  /** "the death toll rose to 43", "bringing the toll to 43", "put the toll at least at 85". */
  private tollBefore(fig: Figure): { atLeast: boolean; approximate: boolean; first: number } | undefined {
    let k = fig.first - 1;
    while (k >= 0 && HEDGE_WORDS.has(this.w(k)) && !TOLL_BEFORE_FIGURE.has(this.w(k))) k--;
    if (!TOLL_BEFORE_FIGURE.has(this.w(k))) return undefined;
    let gapStart = k;
    while (gapStart > 0 && (TOLL_BRIDGE.has(this.w(gapStart - 1)) || HEDGE_WORDS.has(this.w(gapStart - 1))))
      gapStart--;
    for (let h = k; h >= 0 && h >= k - 20; h--) {
      const w = this.w(h);
      if (w === '.' || w === ';' || w === ':' || w === '(' || w === ')' || w === '"') return undefined;
      const between = this.byNumeral.get(h);
      if (between !== undefined && !this.figures[between]!.excluded) return undefined;
      const head =
        (w === 'toll' && !TOLL_NOT_DEATHS.has(this.w(h - 1))) ||
        (w === 'number' &&
          this.w(h + 1) === 'of' &&
          this.toks.slice(h + 2, Math.min(h + 10, fig.first)).some((t) => DEATH_NOUN.has(t.lower)));
      if (!head) continue;
      let first = fig.first;
      for (let g = gapStart; g < fig.first; g++) {
        if (HEDGE_WORDS.has(this.w(g)) && !(g === k && TOLL_BEFORE_FIGURE.has(this.w(g)))) {
          first = g;
          break;
        }
      }
      const gap = this.toks
        .slice(gapStart, fig.first)
        .map((t) => t.lower)
        .join(' ');
      // "estimated between 500 and 1300": the lower end is a bound, and a hedged one.
      const range = this.w(k) === 'between';
      return {
        atLeast: fig.atLeast || range || AT_LEAST_GAP.test(gap),
        approximate: fig.approximate || range || APPROXIMATE_GAP.test(gap),
        first: Math.min(first, fig.first),
      };
    }
    return undefined;
  }

  /**
   * The verb phrase after the people a list counts: `death` ("were killed", "died", "lost their lives"),
   * `part` ("were among the dead", "among eight people killed") or nothing.
   */
  private verbPhrase(from: number): { kind: 'death' | 'part'; verb: number; subset: number[] } | undefined {
    let k = this.skipComma(from);
    const marker = this.partMarkerAt(k);
    const subset: number[] = [];
    // "18 people, including women and children, were killed": a subset without a figure first; any figure
    // in it ("including a woman and two children") is a part.
    if (marker !== undefined && this.figureAt(marker) === undefined) {
      let j = marker;
      while (
        j < marker + 10 &&
        (this.isWord(j) || (this.w(j) === '-' && this.adjacent(j - 1))) &&
        !VP_SKIP.has(this.w(j)) &&
        !DEATH_AFTER.has(this.w(j))
      ) {
        const f = this.byNumeral.get(j);
        if (f !== undefined) subset.push(f);
        j++;
      }
      k = this.skipComma(j);
    } else if (this.w(k) === 'and' && this.figureAt(k + 1) === undefined) {
      // "120 soldiers and several dozen Kurdish forces were killed": more people, no figure.
      let j = k + 1;
      while (
        j < k + 11 &&
        (this.isWord(j) || (this.w(j) === '-' && this.adjacent(j - 1))) &&
        !VP_SKIP.has(this.w(j)) &&
        !DEATH_AFTER.has(this.w(j)) &&
        !NOT_DEATH.has(this.w(j)) &&
        !this.startsFigure(j)
      )
        j++;
      k = j;
    } else if (PREPOSITIONS.has(this.w(k)) && this.w(k) !== 'among') {
      // "10 children in the school were killed": a place between subject and passive verb.
      if (this.figureAt(k) !== undefined) return undefined;
      let j = k + 1;
      while (j < k + 7 && this.isWord(j) && !PASSIVE.has(this.w(j)) && !this.startsFigure(j)) j++;
      if (!PASSIVE.has(this.w(j))) return undefined;
      k = j;
    }
    let passive = false;
    for (let n = 0; n < 6 && VP_SKIP.has(this.w(k)); n++, k++) {
      if (PASSIVE.has(this.w(k))) passive = true;
      if (this.w(k) === 'shot' && this.w(k + 1) === 'and' && this.w(k + 2) === 'killed') k++;
    }
    if (this.w(k - 1) === 'shot' && this.w(k) !== 'dead' && this.w(k) !== 'killed') return undefined;
    const w = this.w(k);
    if (w === 'among') {
      for (let j = k + 1; j < k + 9 && j < this.toks.length; j++) {
        if (this.toks[j]!.kind === 'punct' && this.w(j) !== ',' && this.w(j) !== '-') break;
        if (DEATH_NOUN.has(this.w(j)) || DEATH_AFTER.has(this.w(j))) return { kind: 'part', verb: k, subset };
      }
      return undefined;
    }
    let end = k + 1;
    if (w === 'lost' && /^(?:their|his|her)$/.test(this.w(k + 1)) && /^lives?$|^life$/.test(this.w(k + 2))) {
      end = k + 3;
    } else if (this.isWord(k) && this.w(k + 1) === 'to' && this.w(k + 2) === 'death') {
      end = k + 3;
    } else if (DEATH_AFTER.has(w)) {
      if (TRANSITIVE.has(w) && !passive) {
        const n = this.w(k + 1);
        const object = this.figureAt(k + 1);
        // "10 civilians killed 15 injured": the next figure has its own verb, so "killed" is passive.
        const ownVerb =
          (object !== undefined &&
            INJURY.has(this.w(this.skipOthers(this.nounPhrase(this.figures[object]!.after).end)))) ||
          (VAGUE.has(n) && INJURY.has(this.w(this.skipOthers(k + 2))));
        if (!ownVerb) {
          if (object !== undefined || this.toks[k + 1]?.kind === 'num' || OBJECT_START.has(n))
            return undefined;
          if (n === 'at' && this.w(k + 2) === 'least') return undefined;
        }
      }
    } else return undefined;
    // "12 dead and wounded", "killed or injured": the dead and the wounded together, not a death count.
    if ((this.w(end) === 'and' || this.w(end) === 'or' || this.w(end) === '/') && INJURY.has(this.w(end + 1)))
      return undefined;
    return { kind: 'death', verb: k, subset };
  }

  private skipOthers(k: number): number {
    while (this.w(k) === 'others' || this.w(k) === 'more' || PASSIVE.has(this.w(k))) k++;
    return k;
  }

  private assign(figs: number[], part: boolean, extra?: { atLeast: boolean; approximate: boolean }): void {
    const free = figs.filter((f) => !this.assigned.has(f));
    if (!free.length) return;
    const group = this.nextGroup++;
    for (const f of free)
      this.assigned.set(f, {
        part,
        group,
        toll: extra !== undefined,
        atLeast: extra?.atLeast,
        approx: extra?.approximate,
      });
  }

  private assignList(l: { items: number[]; parts: number[][] }, part: boolean): void {
    this.assign(l.items, part);
    for (const p of l.parts) this.assign(p, true);
  }

  read(): FatalityCount[] {
    // Subsets first: "Of those killed six were children" must not read as "killed six".
    for (let i = 0; i < this.figures.length; i++) {
      if (this.assigned.has(i) || this.figures[i]!.excluded) continue;
      if (!this.readSubsetOfDead(i) && !this.readAfterDeathWord(i)) this.readBeforeDeathVerb(i);
    }
    return this.collect();
  }

  /** "Among the dead were 20 children", "Of those killed six were children", "14 of the dead were rebels". */
  private readSubsetOfDead(i: number): boolean {
    const fig = this.figures[i]!;
    const b = fig.first;
    const amongOrOf = (k: number): boolean => this.w(k) === 'among' || this.w(k) === 'of';
    const theDead = (k: number): boolean =>
      /^(?:the|those)$/.test(this.w(k)) && DEATH_NOUN.has(this.w(k + 1));
    if (
      (amongOrOf(b - 4) && theDead(b - 3) && COPULA.has(this.w(b - 1))) ||
      (amongOrOf(b - 3) && theDead(b - 2))
    ) {
      const l = this.list(i, true);
      this.assign(l.items, true);
      for (const p of l.parts) this.assign(p, true);
      return true;
    }
    if (this.w(fig.after) === 'of' && theDead(fig.after + 1)) {
      this.assign([i], true);
      return true;
    }
    return false;
  }

  /** "killing 12", "claimed the lives of 129 loyalists and 116 rebels", "the death toll rose to 43". */
  private readAfterDeathWord(i: number): boolean {
    const fig = this.figures[i]!;
    const killed = this.deathBefore(fig);
    const toll = killed ? undefined : this.tollBefore(fig);
    if (!killed && !toll) return false;
    const l = this.list(i, false);
    if (l.nonPerson || !l.items.length) return true;
    // "... killed six were children": the figure is the subject of a clause of its own. Only a plural verb
    // says so; "the attack which killed 45 people was condemned" is still 45 dead.
    if (PLURAL_COPULA.has(this.w(l.end))) return true;
    if (toll) {
      fig.first = toll.first;
      this.assign([l.items[0]!], false, toll);
      this.assignList({ items: l.items.slice(1), parts: l.parts }, false);
    } else this.assignList(l, false);
    this.trailingParts(l.end);
    return true;
  }

  /** "48 people executed", "12 dead", "Five civilians and two rebels were killed", "30 bodies". */
  private readBeforeDeathVerb(i: number): void {
    const fig = this.figures[i]!;
    const l = this.list(i, true);
    if (l.nonPerson || !l.items.length) return;
    const np = this.nounPhrase(this.figures[l.items[0]!]!.after);
    const byNoun =
      l.items.length === 1 &&
      (np.words.some((w) => DEATH_HEADS.has(w)) ||
        (np.words.includes('lives') && CLAIMED.has(this.w(fig.first - 1))));
    if (byNoun) {
      this.assignList(l, false);
      this.trailingParts(l.end);
      return;
    }
    const vp = this.verbPhrase(l.end);
    if (!vp) return;
    this.assignList(l, vp.kind === 'part');
    this.assign(vp.subset, true);
    this.usedVerbs.add(vp.verb);
    if (vp.kind === 'death') this.trailingParts(vp.verb + 1);
  }

  /** "were killed in the strikes, including 12 Islamic State fighters": a subset told after the verb. */
  private trailingParts(from: number): void {
    for (let j = from; j < from + 10 && j < this.toks.length; j++) {
      const marker = this.partMarkerAt(j);
      const fig = marker === undefined ? undefined : this.figureAt(marker);
      if (fig !== undefined) {
        const sub = this.list(fig, true);
        this.assign(sub.items, true);
        for (const p of sub.parts) this.assign(p, true);
        return;
      }
      const t = this.toks[j]!;
      if (t.kind === 'num' || this.byFirst.has(j) || (t.kind === 'punct' && t.lower !== ',')) return;
      if (CLAUSE_BREAK.has(t.lower)) return;
    }
  }

  private collect(): FatalityCount[] {
    const out: FatalityCount[] = [];
    for (const [f, a] of this.assigned) {
      const fig = this.figures[f]!;
      const start = this.toks[fig.first]!.start;
      const end = this.toks[fig.after - 1]!.end;
      out.push({
        count: fig.value,
        atLeast: a.atLeast ?? fig.atLeast,
        approximate: a.approx ?? fig.approximate,
        part: a.part,
        group: a.group,
        cumulative: this.isCumulative(start, end, fig.value),
        toll: a.toll,
        increment: this.isIncrement(fig),
        start,
        end,
        text: this.sentence.slice(start, end),
      });
    }
    out.sort((a, b) => a.start - b.start);
    // Groups renumbered in text order, so that group 0 is the first phrase read left to right.
    const renumber = new Map<number, number>();
    for (const c of out) {
      if (!renumber.has(c.group)) renumber.set(c.group, renumber.size);
      c.group = renumber.get(c.group)!;
    }
    return out;
  }

  private isIncrement(fig: Figure): boolean {
    const before = this.w(fig.first - 1);
    if (before === 'another' || before === 'further' || before === 'additional') return true;
    return this.w(fig.after) === 'more';
  }

  private isCumulative(start: number, end: number, value: number): boolean {
    if (value >= WAR_TOLL_FLOOR) return true;
    return (
      WAR_SPAN_AFTER.test(this.sentence.slice(end)) ||
      WAR_SPAN_NEAR.test(this.sentence.slice(end)) ||
      WAR_SPAN_BEFORE.test(this.sentence.slice(0, start))
    );
  }
}

/** Every death count in the sentence, in text order. */
export function findFatalities(sentence: string): FatalityCount[] {
  if (!ANY_DEATH_WORD.test(sentence.toLowerCase())) return [];
  return new Reader(sentence).read();
}

/**
 * The one figure that counts the deaths of the event the sentence tells, or undefined: the first death
 * phrase read left to right, leaving out subsets and war tolls, with its coordinated counts added up
 * ("129 loyalists and 116 rebels" is 245, its text spanning both). Of a sentence that names both, a
 * running toll wins over deaths it adds up ("Three more died, bringing the toll to 43").
 */
export function fatalitiesOf(sentence: string): FatalityCount | undefined {
  const counts = findFatalities(sentence).filter((c) => !c.part && !c.cumulative);
  // "Three more died in hospital, bringing the toll to 43": the toll, not the deaths it adds, counts the event.
  const first = counts[0]?.increment ? (counts.find((c) => c.toll) ?? counts[0]) : counts[0];
  if (!first) return undefined;
  const group = counts.filter((c) => c.group === first.group);
  if (group.length === 1) return first;
  const last = group[group.length - 1]!;
  return {
    ...first,
    count: group.reduce((sum, c) => sum + c.count, 0),
    atLeast: group.some((c) => c.atLeast),
    approximate: group.some((c) => c.approximate),
    end: last.end,
    text: sentence.slice(first.start, last.end),
  };
}
