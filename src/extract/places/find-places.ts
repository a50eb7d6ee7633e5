import type { EventLocation } from '../../schema/types.js';
import {
  governoratePlace,
  isArticle,
  isNotPlace,
  lookupPlace,
  mayBeginLongerName,
  type Place,
  type PlaceLevel,
} from './gazetteer.js';

export type { PlaceLevel } from './gazetteer.js';

export interface PlaceMention {
  /** Offsets into the text searched, `text.slice(start, end) === mention.text`. */
  start: number;
  end: number;
  text: string;
  level: PlaceLevel;
  location: EventLocation;
  /**
   * true when the text places something there ("in X", "near X", "X countryside", "X-held"), false when
   * the name is used for its government or people ("Moscow said", "Ankara warned").
   */
  locative: boolean;
}

interface Token {
  start: number;
  end: number;
  text: string;
  /** Ended in "'s", which `end` leaves out. */
  possessive: boolean;
  upper: boolean;
  /** An Arabic article ("al", "ez" in "Deir ez-Zor", "An" in "An Nabk"). */
  article: boolean;
  /** Written in capitals ("US", "ISIS"): only country abbreviations may match. */
  caps: boolean;
}

// The words a name can be made of: capitalised words (letters with their combining marks and the
// apostrophes transliterations write for 'ayn and hamza), initialisms ("U.S."), lower-case Arabic articles
// and the word after an article and a hyphen ("ez-zor"). Other lower-case words are never matched, so the
// gap they leave keeps the words around them from joining into one name.
const LETTER = String.raw`[\p{L}\p{M}‘’ʿʾʼ'\x60]`;
const LOWER_ARTICLE = String.raw`(?:a[lrsdztn]|e[lrsdztn]|ash|esh|adh|ath|il|ul)`;
const WORD = new RegExp(
  String.raw`(?:\p{Lu}\.){2,}|[‘’ʿʾʼ'\x60]?\p{Lu}${LETTER}*|(?<!${LETTER})${LOWER_ARTICLE}(?=[-‐ ])|(?<=(?<!${LETTER})${LOWER_ARTICLE}[-‐])\p{Ll}${LETTER}*`,
  'gu',
);
const EDGE_QUOTES = /^[‘’'`]+|[‘’'`]+$/g;
/** Words a place name may run to: "Jisr al-Shughour" is three, "Ras al-Ain" three. */
const MAX_NAME_WORDS = 4;

function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let start = m.index;
    let raw = m.index + m[0].length > to ? m[0].slice(0, to - start) : m[0];
    let possessive = false;
    if (QUOTE.test(raw)) {
      if (/['’]s$/i.test(raw) && raw.length > 3) {
        raw = raw.slice(0, -2);
        possessive = true;
      }
      const lead = /^[‘’'`]+/.exec(raw)?.[0].length ?? 0;
      start += lead;
      raw = raw.replace(EDGE_QUOTES, '');
      if (raw === '') continue;
    }
    const first = raw[0]!;
    const upper = first !== first.toLowerCase();
    out.push({
      start,
      end: start + raw.length,
      text: raw,
      possessive,
      upper,
      article: isArticle(raw),
      caps: upper && raw.length > 1 && raw === raw.toUpperCase() && /\p{L}.*\p{L}/u.test(raw),
    });
  }
  return out;
}

const QUOTE = /[‘’'`]/;

/** Words of one name are joined by a space or a hyphen, never by punctuation or a line break. */
function joined(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return (
    a !== undefined && b !== undefined && /^(?:[ \t]|[ \t]?[-‐][ \t]?)$/.test(text.slice(a.end, b.start))
  );
}

// Articles that are also English words ("as", "at", "an") count only when hyphenated: "as-Suwayda", not
// "Damascus as a".
const ENGLISH_ARTICLES = new Set(['as', 'at', 'an', 'en', 'es', 'et', 'il']);

function articleAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!t.article) return false;
  if (!ENGLISH_ARTICLES.has(t.text.toLowerCase())) return true;
  return /^[-‐]$/.test(text.slice(t.end, tokens[k + 1]?.start ?? t.end));
}

/**
 * First words of Arabic place names ("Tal Qarrah", "Kafr Hamra", "Bab al-Hawa"): a known place right after
 * one, or one that is itself a known place ("Bab" ~ Al-Bab) before more name, is part of a longer name the
 * gazetteer does not have.
 */
const NAME_PREFIXES = wordSet(
  'tal tall tel tell kafr kfar kafar bab deir dayr ain ayn jisr khan bir abu ras sheikh shaykh beit ' +
    'bait bayt bani wadi jabal jebel qasr umm marj hayy mazraat maarat maaret arab mount jurd',
);

// "Syrian", "Turkish", "Iraqi", "Lebanese": an adjective before a name, not part of it.
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ian|ish|i|ese)$/u;

/** Title Case words that may sit beside a place name without making it part of another name. */
const BESIDE_NAMES = wordSet(
  'province governorate countryside city airport suburbs region area eastern western northern ' +
    'southern central greater north south east west old new',
);

/**
 * Whether the match at tokens [i, j] is only part of a longer proper name: a place-name prefix before it
 * ("Tal Qarrah"), "X al-" before it ("Bab al-Salama", "Tariq al-Bab"), or it is itself such a prefix
 * before more name ("Bab al-Hawa"). A weak match (a town abroad, or a loose spelling of a Syrian one) also
 * gives way to a surname after it ("Vladimir Putin", "Maria Zakharova"), and a town abroad to a first name
 * before it mid-sentence ("activist Yaarab Dali"). Syrian towns keep their place after another name:
 * commas between the towns of a list are often lost ("the towns of Misraba Ayn Tarma Arbin").
 */
function partOfLongerName(
  text: string,
  tokens: readonly Token[],
  i: number,
  j: number,
  weak: boolean,
  foreign: boolean,
  previousEnd: number,
  titleCase: boolean,
): boolean {
  const prev = tokens[i - 1];
  const next = tokens[j + 1];
  const prevJoined = joined(text, prev, tokens[i]);
  const nextJoined = !tokens[j]!.possessive && joined(text, tokens[j], next);
  if (prevJoined && prev!.upper && NAME_PREFIXES.has(prev!.text.toLowerCase())) return true;
  if (prevJoined && prev!.article && joined(text, tokens[i - 2], prev) && nameWord(tokens[i - 2]!))
    return true;
  if (prevJoined && articleAt(text, tokens, i) && nameWord(prev!)) return true;
  if (
    i === j &&
    nextJoined &&
    (next!.upper || next!.article) &&
    NAME_PREFIXES.has(tokens[i]!.text.toLowerCase())
  ) {
    return true;
  }
  // An Arabic article before a town abroad makes it a person's name ("Al-Hassan told SANA").
  if (foreign && prevJoined && prev!.article) return true;
  // In a headline in Title Case every word is capitalised: a neighbour says nothing there.
  if (!weak || titleCase) return false;
  if (nextJoined && (next!.upper || next!.article) && !BESIDE_NAMES.has(next!.text.toLowerCase()))
    return true;
  if (
    !foreign ||
    !prevJoined ||
    !prev!.upper ||
    prev!.end <= previousEnd ||
    BESIDE_NAMES.has(prev!.text.toLowerCase())
  ) {
    return false;
  }
  // A capitalised word after a lower-case one is a name, not the head of a sentence or headline.
  return /\p{Ll}[ \t]+$/u.test(text.slice(Math.max(0, prev!.start - 2), prev!.start));
}

/**
 * A capitalised word that may be the first part of a name ("Bab" in "Bab al-Hawa"), as opposed to a
 * demonym or a word of the sentence capitalised in a headline ("Near Al Tabqah", "Liberate al-Tabqa").
 */
function nameWord(t: Token): boolean {
  if (!t.upper || DEMONYM.test(t.text)) return false;
  const w = t.text.toLowerCase();
  return !PREPOSITIONS.has(w) && !MODIFIERS.has(w) && !VERBS.test(w) && !AGENT_BEFORE.has(w);
}

/**
 * Whether the line around `pos` is in Title Case, as headlines are ("Syrian Army Kills 28 ISIL Terrorists
 * in Hama"): no word of four letters or more in lower case but the small words headlines leave so.
 */
function titleCaseAt(text: string, pos: number): boolean {
  const start = text.lastIndexOf('\n', pos) + 1;
  // Lines of copied articles can be whole bodies: the answer is kept for the line last asked about.
  if (lastLine.text === text && lastLine.start === start) return lastLine.titleCase;
  const end = text.indexOf('\n', pos);
  const words = text.slice(start, end < 0 ? text.length : end).match(/\p{L}{4,}/gu) ?? [];
  const titleCase =
    words.length >= 3 && words.every((w) => w[0] !== w[0]!.toLowerCase() || TITLE_SMALL_WORDS.has(w));
  lastLine = { text, start, titleCase };
  return titleCase;
}

let lastLine = { text: '', start: -1, titleCase: false };

const TITLE_SMALL_WORDS = wordSet(
  'with from into near over than after amid says that this were have been against despite during ' +
    'while since under onto upon about their',
);

function anyCaps(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (tokens[k]!.caps) return true;
  return false;
}

/** The longest name starting at token `i`, as [last token index, match]. */
function matchAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  previousEnd: number,
): [number, Place, boolean] | undefined {
  const first = tokens[i]!;
  const startsWithArticle = articleAt(text, tokens, i);
  if (first.article && !startsWithArticle) return undefined;
  if (!first.upper && !(startsWithArticle && tokens[i + 1]?.upper)) return undefined;
  let last = i;
  let words = startsWithArticle ? 0 : 1;
  while (!tokens[last]!.possessive && last + 1 < tokens.length) {
    const next = tokens[last + 1]!;
    if (!joined(text, tokens[last]!, next)) break;
    const nextArticle = articleAt(text, tokens, last + 1);
    // After an article the next word may be lower case ("Deir ez-zor"); elsewhere it must be capitalised.
    if (!next.upper && !nextArticle && !articleAt(text, tokens, last)) break;
    if (!nextArticle && ++words > MAX_NAME_WORDS) break;
    last++;
  }
  const firstWord = startsWithArticle ? i + 1 : i;
  if (last > firstWord && !mayBeginLongerName(tokens[firstWord]!.text)) last = firstWord;
  for (let j = last; j >= i; j--) {
    const end = tokens[j]!;
    if (end.article || end.text.length < 2) continue;
    const found = lookupPlace(text.slice(first.start, end.end));
    if (!found) continue;
    if (!(found.via === 'table' && found.place.level === 'country') && anyCaps(tokens, i, j)) continue;
    const foreign =
      found.place.level === 'locality' && found.place.location.country !== 'Syria' && !found.place.curated;
    const weak = foreign || found.via === 'loose' || found.via === 'near';
    const titleCase = weak && titleCaseAt(text, first.start);
    if (partOfLongerName(text, tokens, i, j, weak, foreign, previousEnd, titleCase)) return undefined;
    return [j, found.place, end.possessive];
  }
  // Commas and apostrophes are often stripped from copied text: "Syrias civil war", "Aleppos old city".
  // Only for countries and the large towns of the hand table: "Hamas" is not Hama's.
  if (
    first.upper &&
    !first.caps &&
    !first.possessive &&
    /[^s]s$/.test(first.text) &&
    !isNotPlace(first.text)
  ) {
    const found = lookupPlace(first.text.slice(0, -1));
    const place = found?.place;
    if (place && (place.level === 'country' || (place.curated && place.population >= 100_000))) {
      return [i, place, true];
    }
  }
  return undefined;
}

const GOVERNORATE_AFTER = wordSet('province governorate countryside suburbs suburb provinces');
const GOVERNORATE_BEFORE = /\b(?:rural|(?:province|governorate|countryside|suburbs) of(?: the)?)\s+$/i;
const DIRECTION =
  /\b(eastern|western|northern|southern|central|north-eastern|northeastern|north-western|northwestern|south-eastern|southeastern|south-western|southwestern)\s+$/i;

/**
 * Places named in `text[from, to)`, in text order, with offsets into `text`. Scans runs of capitalised
 * words (with the Arabic article between them) and takes the longest run of up to four words that the
 * gazetteer knows, so "Deir ez-Zor" is one place and "Tel Aviv" is not "Tel".
 */
export function findPlaces(text: string, from = 0, to = text.length): PlaceMention[] {
  const tokens = tokenize(text, from, to);
  const out: PlaceMention[] = [];
  const places: Place[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(text, tokens, i, out[out.length - 1]?.end ?? -1);
    if (!m) continue;
    const [j, place, possessive] = m;
    out.push(mention(text, from, to, tokens, i, j, place, possessive, out[out.length - 1]));
    places.push(place);
    i = j;
  }
  pluralProvinces(text, out, places);
  return out;
}

function mention(
  text: string,
  from: number,
  to: number,
  tokens: readonly Token[],
  i: number,
  j: number,
  place: Place,
  possessive: boolean,
  previous: PlaceMention | undefined,
): PlaceMention {
  let start = tokens[i]!.start;
  let end = tokens[j]!.end;
  const written = text.slice(start, end);
  let level = place.level;
  let location: EventLocation = { ...place.location };
  if (!place.curated && location.country === 'Syria' && level === 'locality') {
    // The town as the article spells it, without a leading article, which news writes one time and drops
    // the next ("al-Rastan", "Rastan").
    const bare = articleAt(text, tokens, i) && i < j ? text.slice(tokens[i + 1]!.start, end) : written;
    location.name = bare[0]!.toUpperCase() + bare.slice(1);
  }
  const following = /^[ \t](\p{L}+)/u.exec(text.slice(end, Math.min(to, end + 16)));
  const nextWord = following ? following[1]!.toLowerCase() : '';
  const before = text.slice(Math.max(from, start - 40), start);
  if (place.seatOf) {
    const governorate = governorateOf(place.seatOf, nextWord, before);
    if (governorate) {
      ({ level, location } = governoratePlace(governorate));
      if (GOVERNORATE_AFTER.has(nextWord)) end += following![0].length;
    }
  }
  if (level === 'sea') {
    const direction = DIRECTION.exec(before);
    if (direction) {
      start -= direction[0].length;
      location = { ...location, name: `${direction[1]!.toLowerCase()} ${written}` };
    }
  }
  const extended = end !== tokens[j]!.end;
  const syrian = location.country === 'Syria' && level !== 'country';
  const locative =
    extended || isLocative(text, from, to, start, end, possessive && !extended, syrian, previous);
  return { start, end, text: text.slice(start, end), level, location, locative };
}

/**
 * The governorate a seat's name stands for when the words around say so: "Idlib province", "Aleppo
 * countryside", "rural Damascus", "the province of Hama". Around Damascus these words mean Rif Dimashq,
 * the governorate that surrounds the city; "Damascus governorate" is the city's own.
 */
function governorateOf(seatOf: string, nextWord: string, before: string): string | undefined {
  if (GOVERNORATE_AFTER.has(nextWord)) {
    return seatOf === 'Damascus' && nextWord !== 'governorate' ? 'Rif Dimashq' : seatOf;
  }
  if (GOVERNORATE_BEFORE.test(before)) return seatOf === 'Damascus' ? 'Rif Dimashq' : seatOf;
  return undefined;
}

const COORDINATION = /^\s*(?:,|and|or|&|,\s*and|,\s*or|as well as|and in|or in)\s*$/i;

/** "Homs and Hama provinces": the plural reaches back over the seats joined to the last name. */
function pluralProvinces(text: string, mentions: PlaceMention[], places: readonly Place[]): void {
  for (let k = mentions.length - 1; k > 0; k--) {
    if (mentions[k]!.level !== 'admin1' || !/\b(?:provinces|governorates)$/i.test(mentions[k]!.text))
      continue;
    for (let p = k - 1; p >= 0; p--) {
      const m = mentions[p]!;
      const seatOf = places[p]!.seatOf;
      if (!seatOf || m.level !== 'locality' || !COORDINATION.test(text.slice(m.end, mentions[p + 1]!.start)))
        break;
      const governorate = governoratePlace(seatOf === 'Damascus' ? 'Rif Dimashq' : seatOf);
      mentions[p] = { ...m, level: 'admin1', location: governorate.location, locative: true };
    }
  }
}

// Words that put what the sentence tells at the place named after them. "between", "over", "against",
// "for" and "with" are left out: "talks between Russia and Turkey", "agreement over Syria".
const PREPOSITIONS = wordSet(
  'in at near outside around across into inside within from to towards toward through throughout on ' +
    'onto off along via beyond nearby',
);

// Words before a name that make it the government or people, not the place: "talks with Damascus",
// "supplied by Russia", "accused Ankara".
const AGENT_BEFORE = wordSet(
  'with by against accused accuses urged urges told asked warned warns pressed ally allies blamed ' +
    'blames criticised criticized condemned thanked',
);

// "the city of X", "the outskirts of X", "30 km north of X", "the capture of X", "out of X".
const OF_NOUNS = wordSet(
  'city town village villages capital province governorate region area areas outskirts countryside ' +
    'suburbs suburb district districts neighbourhood neighborhood neighbourhoods neighborhoods ' +
    'stronghold heart center centre edge part parts streets environs vicinity coast skies airspace ' +
    'entrance gates ruins north south east west northeast northwest southeast southwest siege battle ' +
    'capture recapture fall liberation residents people bombing shelling bombardment evacuation ' +
    'encirclement outskirt port fringes border borders towns cities provinces half quarter quarters ' +
    'side corner out outside',
);

// Words between a preposition and the name that do not change what it points at: "in the northern city
// Aleppo", "on rebel-held eastern Aleppo", "in Syria's second city Aleppo".
const MODIFIERS = wordSet(
  'the a an this its their northern southern eastern western central northeastern northwestern ' +
    'southeastern southwestern north south east west besieged ancient historic nearby neighbouring ' +
    'neighboring embattled strategic key coastal desert old former divided contested capital city ' +
    'town village province region enclave port border suburb district de facto rural second third ' +
    'largest biggest main northwest northeast southwest southeast km kilometres kilometers miles',
);

// Verbs of war and travel whose object is where the event happened: "captured Palmyra", "shelled Douma",
// "visited Moscow".
const VERBS =
  /^(?:re)?(?:captur\w*|took|tak(?:e|en|es|ing)|seiz\w*|storm\w*|enter\w*|besieg\w*|encircl\w*|surround\w*|attack\w*|shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?|bombard\w*|struck|strik(?:e|es|ing)|hit|hits|hitting|pound\w*|target\w*|raid\w*|liberat\w*|overr[au]n\w*|visit\w*|evacuat\w*|reach\w*|defend\w*|lost|los(?:e|es|ing)|abandon\w*|fled|flee\w*|invad\w*|occup(?:y|ied|ies|ying))$/;

const HELD = /^(?:held|controlled|occupied|besieged|dominated|run)$/;
// "Britain-based", "US-backed", "Turkish-led": the name is who backs or where an outsider sits.
const AGENT_SUFFIX = /^(?:based|backed|led|brokered|allied|sponsored|made|supported|funded|trained|armed)$/;

const AFTER_NOUNS = wordSet(
  'countryside province provinces governorate suburbs suburb outskirts city town village area ' +
    'region district neighbourhood neighborhood airport air airbase base border front frontline ' +
    'desert hospital prison camp checkpoint crossing highway road plain plains valley mountains ' +
    'citadel dam coast enclave pocket sea',
);

// What a government or people does, read after the name: "Moscow said", "Ankara has repeatedly warned",
// "Washington and Ankara agreed", "Damascus ally".
const AGENT_AFTER = wordSet(
  'said says say told tells denied denies deny warned warns agreed agrees accused accuses announced ' +
    'announces claimed claims insisted insists rejected rejects wants wanted demanded demands called ' +
    'calls urged urges blamed blames responded condemned condemns stated believes believed hopes ' +
    'hoped supports supported backs opposes opposed refused refuses threatened threatens vowed vows ' +
    'pledged pledges confirmed confirms acknowledged admitted proposed offered asked asks expects ' +
    'expected considers argued argues signed approved decided plans intends seeks sought sent sends ' +
    'provided provides intervened government regime ally allies authorities officials leadership ' +
    'delegation envoy ambassador embassy administration diplomats negotiators',
);
// Words that may stand between a name and what it does: "Ankara has also repeatedly warned".
const AGENT_GAP = wordSet(
  'and or has have had is was also repeatedly already previously not reportedly later then again ' +
    'which who strongly firmly quickly swiftly',
);

const WORDS = /[\p{L}\p{M}'’-]+|\d+|[.,;:!?"“”()]/gu;

/**
 * Whether the name places something there. Cues before the name come first (a preposition, "the city
 * of", a war verb, an "X-held" modifier; or "with", "by", "accused", which make it an agent), then cues
 * after it ("X countryside", "X-held"; "X said", "X-backed", "X ally", a possessive). A name joined to the
 * one before by "and" or a comma shares its reading ("in Homs and Hama"). With no cue at all a Syrian town
 * or region is where things happen ("Aleppo bomb blast kills six"), while a country or a town abroad is
 * its government ("Moscow even flew in a musician").
 */
function isLocative(
  text: string,
  from: number,
  to: number,
  start: number,
  end: number,
  possessive: boolean,
  syrian: boolean,
  previous: PlaceMention | undefined,
): boolean {
  const rest = text.slice(end + (possessive ? 2 : 0), Math.min(to, end + 80));
  // A compound says it outright, whatever comes before: "in US-backed offensives".
  const hyphenated = /^-(\p{L}+)/u.exec(rest);
  if (hyphenated) {
    const suffix = hyphenated[1]!.toLowerCase();
    if (HELD.test(suffix)) return true;
    if (AGENT_SUFFIX.test(suffix)) return false;
  }
  const before = cueBefore(text, from, start, possessive);
  if (before !== undefined) return before;
  const after = (rest.match(WORDS) ?? []).slice(0, 8);
  if (AFTER_NOUNS.has(after[0]?.toLowerCase() ?? '')) return true;
  if (possessive || doneBy(after)) return false;
  if (previous) {
    const gap = text.slice(previous.end, start);
    if (COORDINATION.test(gap)) return previous.locative;
    if (/^['’]?s?[ \t]$/.test(gap) && previous.locative) return true;
  }
  return syrian;
}

function doneBy(after: readonly string[]): boolean {
  for (const raw of after) {
    const w = raw.toLowerCase();
    if (AGENT_AFTER.has(w)) return true;
    if (!AGENT_GAP.has(w) && !/^\p{Lu}/u.test(raw)) return false;
  }
  return false;
}

/**
 * The reading the words before the name give, if any. A possessive name ("as part of Moscow's bombing")
 * qualifies the noun after it, so only a preposition makes it the place ("at Palmyra's theatre").
 */
function cueBefore(text: string, from: number, start: number, possessive: boolean): boolean | undefined {
  const words = text.slice(Math.max(from, start - 60), start).match(WORDS) ?? [];
  let skipped = 0;
  for (let k = words.length - 1; k >= 0 && skipped <= 4; k--) {
    const raw = words[k]!;
    const w = raw.toLowerCase();
    const held = /-(\p{L}+)$/u.exec(w);
    if (PREPOSITIONS.has(w)) return true;
    if (possessive) return undefined;
    if ((held && HELD.test(held[1]!)) || VERBS.test(w)) return true;
    if (AGENT_BEFORE.has(w)) return false;
    if (w === 'of') return OF_NOUNS.has(words[k - 1]?.toLowerCase() ?? '') ? true : undefined;
    // Capitalised words are skipped too: "in Syria's second city Aleppo", "in the Syrian capital Damascus".
    if (MODIFIERS.has(w) || held || /^\p{Lu}/u.test(raw) || /^\d+$/.test(w)) {
      skipped++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

const LEVEL_RANK: Readonly<Record<PlaceLevel, number>> = {
  locality: 0,
  region: 1,
  admin1: 2,
  country: 3,
  sea: 4,
};

/**
 * The place an event happened at among mentions: the most specific locative one (locality > region >
 * admin1 > country > sea), earliest first on ties; non-locative names only when nothing else; null if
 * none.
 */
export function choosePlace(mentions: readonly PlaceMention[]): EventLocation | null {
  const locative = mentions.filter((m) => m.locative);
  const pool = locative.length > 0 ? locative : mentions;
  let best: PlaceMention | undefined;
  for (const m of pool) {
    if (
      !best ||
      LEVEL_RANK[m.level] < LEVEL_RANK[best.level] ||
      (LEVEL_RANK[m.level] === LEVEL_RANK[best.level] && m.start < best.start)
    ) {
      best = m;
    }
  }
  return best ? best.location : null;
}

/** The words of a space-separated list, as a set: long word tables read better as text. */
function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w !== ''));
}
