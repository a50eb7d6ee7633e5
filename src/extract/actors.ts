/**
 * Who acted, who was targeted and who reported it, sentence by sentence.
 *
 * A tagger finds every name the canonical table knows (longest match wins where names overlap: "Free
 * Syrian Army" over "Syrian army", "Syrian National Coalition" over "coalition"). A refiner then gives each
 * name its role from the words around it, trying cues from the most local and least ambiguous (a "-held"
 * suffix, "claimed responsibility", the nearest preposition or verb to its left) to the loosest (an attack
 * verb somewhere earlier in the clause), because a near cue is more often right than a far one. Names joined
 * by "and" then share a role, and a speaker whose "its jets" or "it had hit" acts in what it reports is
 * added as an actor.
 */

export type ActorRole = 'actor' | 'target' | 'reporter' | 'other';

export interface ActorMention {
  /** Canonical name ("Islamic State"); for a reporting ministry, the reporter's name ("Russian defence ministry"). */
  name: string;
  /** Offsets into the sentence, in UTF-16 units; `text === sentence.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  role: ActorRole;
  /**
   * `party` for belligerents and states, `source` for those who only ever report (monitors, news agencies,
   * activists). A source is never an actor or a target.
   */
  kind: 'party' | 'source';
  /**
   * True when the name only qualifies another word ("Russian-backed", "US-brokered", "Al-Qaeda-linked"):
   * such a name took no part in the clause and is never offered as a fallback actor.
   */
  qualifier: boolean;
}

interface Pattern {
  re: RegExp;
  /** Must not match the text just before the name ("Iranian" before "regime"). */
  notAfter?: RegExp;
  /** Must match the text just before the name ("the" before "army"). */
  after?: RegExp;
  /**
   * An adjective that names a party only before a military noun ("Russian jets", not "Russian tourists");
   * `nation` also accepts an official ("Russian Foreign Minister Sergei Lavrov").
   */
  before?: 'military' | 'nation';
}

interface ActorEntry {
  name: string;
  kind: 'party' | 'source';
  /** The name used when this mention reports rather than acts (a ministry speaks for its state). */
  reporterName?: string;
  /**
   * Lower-case words one of which every pattern of the entry contains (a trailing "s" is ignored). A
   * sentence without any of them skips the entry's patterns: tagging ~7000 sentences against every pattern
   * took most of the stage's time budget.
   */
  triggers: readonly string[];
  patterns: Pattern[];
}

// Nouns of armed force and of attack that turn a nationality adjective into an actor ("Russian jets",
// "Turkish shelling") while leaving "Russian tourists" or "the Turkish border" alone.
const ARMS = String.raw`(?:air[- ]?strikes?|strikes?|air[- ]?raids?|raids?|bombing|bombings|bombs?|barrel[- ]bombs?|bombardments?|shelling|shells|rockets?|missiles?|mortars?|artillery|fire|gunfire|air ?force|air ?forces|air ?power|air ?support|air ?cover|aviation|jets?|fighter[- ]jets?|warplanes?|war ?planes?|planes?|aircraft|helicopters?|gunships?|drones?|bombers|warships?|frigates?|submarines?|navy|tanks?|snipers?|offensive|counter-?offensive|assault|attacks?|operations?|campaign|incursion|intervention|sorties|ambush|siege|blasts?|explosions?|car[- ]bombs?|suicide[- ](?:attacks?|bombings?)|IEDs?|landmines?|mines|shots|gunmen|advances?|push|counter-?attacks?|crackdown)`;
const FORCE = String.raw`(?:forces?|troops|soldiers|army|armies|military|militaries|personnel|servicemen|special forces|commandos|units?|fighters|militias?|militiamen|paramilitaries|advisers|advisors|officers|guards|border guards|pilots?|crews?|sailors|marines|mercenaries|contractors|contingent|ground forces|infantry|battalions?|brigades?|divisions?)`;
const MILITARY_NOUN = `(?:${ARMS}|${FORCE})`;
const FUNCTION_WORD = String.raw`(?:where|which|that|who|whose|when|while|and|or|but|the|a|an|in|on|of|to|by|as|at|for|from|with|is|was|are|were|has|have|had|be|been|its|their|his|her|this|these|those|it|they|not|no)`;
// The state speaking: "Russian Foreign Minister Sergei Lavrov accused ...", "Turkish officials said".
const OFFICIAL_NOUN = String.raw`(?:government|authorities|officials?|president|presidency|(?:foreign|defen[cs]e|prime)\s+minist(?:er|ry)|minist(?:er|ry)|diplomats?|envoy|ambassador|spokes(?:man|woman|person)|leaders?|delegation|state\s+department)`;
// Optionally "and Syrian", then at most one modifier (captured, so code can refuse a verb), then the noun.
// Tested in code after an adjective matched, so these long patterns are compiled once, not per adjective.
const nounAfter = (nouns: string): RegExp =>
  new RegExp(
    String.raw`^(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:(?!${FUNCTION_WORD}\b)([\w-]+)\s+)?(?:${nouns})\b`,
    'i',
  );
const NOUN_AFTER = {
  military: nounAfter(MILITARY_NOUN),
  nation: nounAfter(`${MILITARY_NOUN}|${OFFICIAL_NOUN}`),
} as const;
/** Possessive or plural tail; apostrophes are often stripped in copied news ("Russias", "Assads"). */
const POSS = String.raw`(?:['’]s|['’](?=\s)|s)?`;
// Checked in code on the text before a match rather than as regex lookbehinds, which would stop the
// regex engine from skipping ahead to the first letter of a name and cost most of the tagging time.
const OTHER_NATION =
  /(?:Iraqi|Iranian|Turkish|Lebanese|Israeli|Russian|American|US|U\.S\.|British|French|Saudi|Jordanian|Egyptian|Kurdish|interim|transitional|new|Afghan|Libyan|Yemeni)\s$/;
// State media of another country ("Turkey's state-run news agency") is not Syria's.
const FOREIGN_MEDIA =
  /(?:Russian|Turkish|Iranian|Israeli|Iraqi|Lebanese|Chinese|Jordanian|Russia['’]?s?|Turkey['’]?s?|Iran['’]?s?|Israel['’]?s?|Iraq['’]?s?|Lebanon['’]?s?|Jordan['’]?s?)\s$/i;

type PatternOptions = Omit<Pattern, 're'>;
const compile = (source: string, flags: string, options: PatternOptions): Pattern => ({
  re: new RegExp(source, flags),
  ...options,
});
const ci = (source: string, options: PatternOptions = {}): Pattern =>
  compile(String.raw`\b(?:${source})${POSS}(?![\w])`, 'gi', options);
const cs = (source: string, options: PatternOptions = {}): Pattern =>
  compile(String.raw`\b(?:${source})${POSS}(?![\w])`, 'g', options);
/** A nationality adjective that names an actor only before a military noun. */
const adj = (source: string, options: PatternOptions = {}): Pattern =>
  compile(String.raw`\b(?:${source})(?=\s)`, 'gi', { before: 'military', ...options });
/** A nationality adjective: its state acts through its forces and speaks through its officials. */
const nation = (source: string, options: PatternOptions = {}): Pattern =>
  adj(source, { before: 'nation', ...options });

// Written by hand: no maintained library normalises the names of conflict parties (ACLED's actor list is a
// data product, not a matcher, and general NER tags "Russian" or "regime" as nothing useful). The table
// holds only names, spellings and transliterations, never one article's wording; the order breaks ties
// between equally long matches (rebels before the political opposition).
const ENTRIES: readonly ActorEntry[] = [
  {
    name: 'Islamic State',
    triggers: ['islamic', 'isis', 'isil', 'is', 'daesh', 'daish', 'da', 'dae'],
    kind: 'party',
    patterns: [
      ci(
        String.raw`Islamic State(?:\s+(?:of|in)\s+(?:Iraq\s+and\s+(?:the\s+)?(?:Levant|Syria|al-Sham|Sham)|Syria\s+and\s+Iraq))?(?:\s*\((?:ISIS|ISIL|IS|Daesh)\))?|ISIS|ISIL|Dae['’]?sh|Da['’]ish|Daish`,
      ),
      // "IS" only as a capitalised token: never the verb "is".
      cs(String.raw`IS`),
    ],
  },
  {
    name: 'US-led coalition',
    triggers: ['coalition', 'led', 'operation', 'cjtf', 'inherent'],
    kind: 'party',
    patterns: [
      cs(
        String.raw`(?:US|U\.S\.|United States|American|Washington)[- ]?[Ll]ed(?:\s+(?:[Ii]nternational|[Mm]ultinational|[Mm]ilitary|[Ww]estern|[Aa]nti-(?:IS|ISIS|ISIL|Daesh|[Jj]ihadist|[Jj]ihadi))){0,2}(?:\s+[Cc]oalition)?`,
      ),
      ci(
        String.raw`(?:international|global|multinational|western|anti-(?:IS|ISIS|ISIL|Daesh|jihadist|jihadi))\s+coalition|Operation Inherent Resolve|CJTF-OIR`,
      ),
      // A bare "coalition" is the anti-IS one unless something makes it a rebel, opposition or ruling one.
      ci(String.raw`coalition(?!\s+(?:of|government|cabinet|talks|partner(?:ship)?)\b)`, {
        notAfter:
          /(?:ational|Syrian|rebel|opposition|Islamist|jihadist|Kurdish|Arab|Kurdish-Arab|ruling|governing|Saudi-led|Saudi|Russian|Russia-led|Iranian|Fateh|Fatah|militant|powerful|new|broad)\s$/i,
      }),
    ],
  },
  {
    name: 'Russia',
    triggers: ['russia', 'russian', 'russias', 'moscow', 'moscows', 'konashenkov', 'shoigu'],
    kind: 'party',
    reporterName: 'Russian defence ministry',
    patterns: [
      ci(
        String.raw`(?:Russia['’]?s?|Russian|Moscow['’]?s?)\s+(?:defen[cs]e|military)\s+ministry|Russia['’]?s?\s+Ministry\s+of\s+Defen[cs]e|Russian\s+(?:Ministry|Minister)\s+of\s+Defen[cs]e|Russian\s+(?:General\s+Staff|Defen[cs]e\s+Minist(?:ry|er))|(?:(?:Major\s+)?General\s+)?(?:Igor\s+)?Konashenkov|(?:Sergei\s+)?Shoigu`,
      ),
    ],
  },
  {
    name: 'Russia',
    triggers: ['russia', 'russias', 'russian', 'russians', 'kremlin', 'putin', 'moscow'],
    kind: 'party',
    patterns: [
      ci(String.raw`Russia|Russian Federation|Kremlin|(?:President\s+)?(?:Vladimir\s+)?Putin`),
      // All-caps "MOSCOW" is a dateline, not a party.
      cs(String.raw`Moscow`),
      nation(String.raw`Russians?`),
    ],
  },
  {
    name: 'United States',
    triggers: [
      'us',
      'u',
      'usa',
      'america',
      'american',
      'americans',
      'pentagon',
      'white',
      'centcom',
      'central',
      'department',
      'united',
      'washington',
      'obama',
      'trump',
    ],
    kind: 'party',
    patterns: [
      cs(
        String.raw`US|U\.S\.?(?=\W|$)|USA|America(?!n)|Pentagon|White House|CENTCOM|Central Command|State Department`,
      ),
      ci(
        String.raw`United States(?![- ]led)|Washington(?!\s+Post)|(?:President\s+)?(?:Barack\s+)?Obama(?:\s+administration)?|(?:President\s+)?(?:Donald\s+)?Trump(?:\s+administration)?`,
      ),
      nation(String.raw`Americans?`),
    ],
  },
  {
    name: 'Syrian opposition',
    triggers: ['coalition', 'negotiations', 'negotiation', 'opposition', 'snc', 'hnc', 'interim'],
    kind: 'party',
    patterns: [
      ci(
        String.raw`Syrian\s+[Ii]nterim\s+[Gg]overnment|(?:Syrian\s+)?National\s+Coalition(?:\s+for\s+Syrian\s+Revolutionary\s+and\s+Opposition\s+Forces)?|Syrian\s+Coalition|High\s+Negotiations?\s+Committee|opposition\s+(?:coalition|delegation|negotiators)`,
      ),
      cs(String.raw`SNC|HNC`),
    ],
  },
  {
    name: 'Syrian rebels',
    triggers: [
      'rebel',
      'rebels',
      'insurgent',
      'insurgents',
      'free',
      'opposition',
      'southern',
      'conquest',
      'fsa',
    ],
    kind: 'party',
    patterns: [
      ci(
        String.raw`(?:Syrian\s+|Islamist\s+|jihadist\s+|moderate\s+|armed\s+|mainstream\s+)?rebels?|insurgents?|Free\s+Syrian\s+Army|armed\s+opposition(?:\s+(?:groups|factions|fighters|forces))?|Southern\s+Front|Army\s+of\s+Conquest`,
      ),
      cs(String.raw`FSA`),
      adj(String.raw`(?:Syrian\s+)?opposition`),
      ci(
        String.raw`(?:Syrian\s+)?opposition(?=-(?:held|controlled|run|dominated|besieged|occupied)|\s+(?:groups|factions|areas|territory|territories|parts|districts|neighbou?rhoods|enclaves?|strongholds?|towns?|villages?|positions|lines|checkpoints?|bases?|headquarters|commanders?|held|controlled)\b)`,
      ),
    ],
  },
  {
    name: 'Syrian opposition',
    triggers: ['opposition'],
    kind: 'party',
    patterns: [ci(String.raw`(?:Syrian\s+)?opposition(?!\s+activists?)`)],
  },
  {
    name: 'Jaish al-Islam',
    triggers: ['jaish', 'jaysh', 'islam'],
    kind: 'party',
    patterns: [ci(String.raw`Ja[iy]sh\s+(?:al|el)[- ]?Islam|Army\s+of\s+Islam`)],
  },
  {
    name: 'Jaish al-Fatah',
    triggers: ['jaish', 'jaysh'],
    kind: 'party',
    patterns: [ci(String.raw`Ja[iy]sh\s+(?:al|el)[- ]?Fat[ae]h`)],
  },
  {
    name: 'Ahrar al-Sham',
    triggers: ['ahrar'],
    kind: 'party',
    patterns: [ci(String.raw`(?:Harakat\s+)?Ahrar\s+(?:al|el)[- ]?Sham(?:\s+(?:al-)?Islamiyy?a)?`)],
  },
  {
    name: 'Nusra Front',
    triggers: ['nusra', 'fateh', 'fatah', 'qaeda', 'qaida', 'qa', 'jfs'],
    kind: 'party',
    patterns: [
      ci(
        String.raw`(?:Jabhat|Jebhat)\s+(?:al|el)[- ]?Nusra|(?:(?:al|el)[- ]?)?Nusra(?:\s+Front)?|(?:Jabhat\s+)?Fat[ae]h\s+(?:al|el)[- ]?Sham(?:\s+Front)?|(?:al|el)[- ]?Qa['’]?[ei]?da['’]?s?\s+(?:Syrian?\s+)?(?:affiliate|branch|arm|offshoot|franchise|wing)(?:\s+in\s+Syria)?`,
      ),
      cs(String.raw`JFS`),
    ],
  },
  {
    name: 'Hayat Tahrir al-Sham',
    triggers: ['tahrir', 'levant', 'hts'],
    kind: 'party',
    patterns: [
      ci(
        String.raw`(?:Ha[iy]'?a?['’]?[ae]?t\s+)?Tahrir\s+(?:al|el)[- ]?Sham|Levant\s+Liberation\s+Committee`,
      ),
      cs(String.raw`HTS`),
    ],
  },
  {
    name: 'Al-Qaeda',
    kind: 'party',
    triggers: ['qaeda', 'qaida', 'qa'],
    patterns: [ci(String.raw`(?:al|el)[- ]?Qa['’]?[ei]?da|Qaeda`)],
  },
  {
    name: 'Syrian Democratic Forces',
    triggers: ['democratic', 'sdf'],
    kind: 'party',
    patterns: [ci(String.raw`Syria[n]?\s+Democratic\s+Forces`), cs(String.raw`SDF`)],
  },
  {
    name: 'Kurdish YPG',
    triggers: ['ypg', 'ypj', 'pyd', 'protection', 'kurds', 'kurdish'],
    kind: 'party',
    patterns: [
      cs(String.raw`YPG|YPJ|PYD`),
      ci(
        String.raw`(?:Kurdish\s+)?(?:People['’]?s|Women['’]?s)\s+Protection\s+Units|(?:Syrian\s+|Syria\s+)?Kurdish\s+(?:YPG|YPJ)|(?:Syrian\s+|Syria\s+)?Kurds`,
      ),
      adj(String.raw`(?:Syrian\s+)?Kurdish`),
      ci(String.raw`Kurdish(?=-(?:held|controlled|run|dominated))`),
    ],
  },
  {
    name: 'Hezbollah',
    triggers: ['hezbollah', 'hizbollah', 'hezbullah', 'hizbullah', 'hizballah', 'hezballah'],
    kind: 'party',
    patterns: [ci(String.raw`H[ei]zb[ou]llah|Hizb[ao]llah|Hezballah|Hizbullah`)],
  },
  {
    name: 'Iran',
    triggers: ['iran', 'tehran', 'revolutionary', 'quds', 'irgc', 'iranian', 'iranians'],
    kind: 'party',
    patterns: [
      ci(
        String.raw`Iran|Tehran|(?:Iranian\s+)?(?:Islamic\s+)?Revolutionary\s+Guards?(?:\s+Corps)?|Quds\s+Force`,
      ),
      cs(String.raw`IRGC`),
      nation(String.raw`Iranians?`),
    ],
  },
  {
    name: 'Turkey',
    triggers: ['turkey', 'türkiye', 'turkiye', 'ankara', 'erdogan', 'erdoğan', 'turkish'],
    kind: 'party',
    patterns: [
      ci(String.raw`Turkey|T[üu]rkiye|Ankara|(?:President\s+)?(?:Recep\s+)?(?:Tayyip\s+)?Erdo[gğ]an`),
      nation(String.raw`Turkish`),
    ],
  },
  {
    name: 'Israel',
    triggers: ['israel', 'israeli', 'israelis', 'idf', 'netanyahu'],
    kind: 'party',
    patterns: [
      ci(String.raw`Israel|Israel\s+Defen[cs]e\s+Forces|Netanyahu`),
      cs(String.raw`IDF`),
      nation(String.raw`Israelis?`),
    ],
  },
  // Other states strike in Syria too; named only as an adjective before a military or official noun, since
  // the bare country name is far more often a place ("the border with Iraq").
  { name: 'Iraq', kind: 'party', triggers: ['iraqi'], patterns: [nation(String.raw`Iraqis?`)] },
  { name: 'Jordan', kind: 'party', triggers: ['jordanian'], patterns: [nation(String.raw`Jordanian`)] },
  {
    name: 'United Kingdom',
    kind: 'party',
    triggers: ['british', 'uk'],
    patterns: [nation(String.raw`British|UK`)],
  },
  { name: 'France', kind: 'party', triggers: ['french'], patterns: [nation(String.raw`French`)] },
  { name: 'Belgium', kind: 'party', triggers: ['belgian'], patterns: [nation(String.raw`Belgian`)] },
  {
    name: 'Saudi Arabia',
    kind: 'party',
    triggers: ['saudi'],
    patterns: [nation(String.raw`Saudi`, { notAfter: /\b(?:Saudi|led)\s$/i })],
  },
  {
    name: 'Syrian government',
    triggers: [
      'syrian',
      'syria',
      'assad',
      'damascus',
      'baathist',
      'athist',
      'regime',
      'pro',
      'loyal',
      'loyalists',
      'shabiha',
      'shabbiha',
      'ndf',
      'national',
      'tiger',
      'republican',
      'fourth',
      'th',
      'allied',
      'saa',
      'government',
      'army',
    ],
    kind: 'party',
    patterns: [
      ci(
        String.raw`(?:Syrian|Syria['’]?s?|Assad|Damascus|Baathist|Ba['’]athist)\s+(?:regime|government)|Syrian\s+Arab\s+(?:Army|Air\s+Force)|(?:(?:Syrian\s+)?President\s+)?(?:Bashar\s+)?(?:al-|al\s|el-)?Assad(?:['’]?s)?(?=\s+(?:${FORCE}|${ARMS}|loyalists)\b)|pro-(?:regime|government|Assad|Damascus)(?:\s+(?:forces|fighters|militias?|militiamen|gunmen|troops|paramilitaries|groups))?|(?:forces|troops|fighters|militias?|militiamen|gunmen|soldiers)\s+loyal\s+to\s+(?:the\s+)?(?:regime|government|Damascus|(?:(?:Syrian\s+)?President\s+)?(?:Bashar\s+)?(?:al-|al\s)?Assad)|(?:regime\s+)?loyalists|shabb?iha|National\s+Defen[cs]e\s+Forces?|Tiger\s+Forces?|Republican\s+Guard|(?:Fourth|4th)\s+(?:Armou?red\s+)?Division|allied\s+militias?`,
      ),
      cs(String.raw`NDF|SAA`),
      // "regime" alone is Syria's unless another country's; "regime change" is no party at all.
      ci(String.raw`regime(?!\s+change)`, {
        notAfter:
          /(?:Iranian|Iraqi|Turkish|Saudi|Israeli|Russian|Putin|Erdogan|Islamist|jihadist|North Korean|Qaddafi|Gaddafi)\s$/i,
      }),
      ci(String.raw`(?:(?:Syrian\s+)?President\s+)?(?:Bashar\s+)?(?:al-|al\s|el-)?Assad`),
      nation(String.raw`Syrian`, { notAfter: /(?:backed|Free)\s$/i }),
      ci(String.raw`Syria['’]?s(?=\s+${MILITARY_NOUN}\b)`),
      // Bare "Syria" is mostly the place ("Syria chemical attack"); only "Syria army" names the state's forces.
      ci(String.raw`Syria(?=\s+(?:army|military|troops|forces|soldiers|regime|government)\b)`),
      adj(String.raw`government`, { notAfter: OTHER_NATION }),
      ci(String.raw`government(?=-(?:held|controlled|run))`, { notAfter: OTHER_NATION }),
      ci(String.raw`government(?!\s+of\b)|army`, { after: /\bthe\s$/i, notAfter: OTHER_NATION }),
    ],
  },
  {
    name: 'Unidentified armed group',
    triggers: [
      'unidentified',
      'unknown',
      'masked',
      'armed',
      'gunmen',
      'gunman',
      'bomber',
      'bombers',
      'attacker',
      'attackers',
      'terrorist',
      'terrorists',
    ],
    kind: 'party',
    patterns: [
      ci(
        String.raw`(?:unidentified|unknown|masked)\s+(?:gunm[ae]n|assailants|attackers|armed\s+men|men|aircraft|warplanes?|jets?|planes?|drones?|helicopters?|air\s*strikes?|strikes?|air\s+raids?|raids?|bombers?)|armed\s+men|gunm[ae]n|(?:suicide|car|motorcycle|motorbike|truck)[- ]bombers?|suicide\s+attackers?`,
      ),
      // State media call every armed opponent "terrorists": no group is named, so none is guessed.
      ci(String.raw`terrorists|terrorist\s+(?:groups?|organi[sz]ations?|gangs?)`),
      adj(String.raw`terrorist`),
    ],
  },
  {
    name: 'Syrian Observatory for Human Rights',
    triggers: [
      'observatory',
      'monitor',
      'monitoring',
      'rahman',
      'abdulrahman',
      'abdurrahman',
      'sohr',
      'rami',
    ],
    kind: 'source',
    patterns: [
      ci(
        String.raw`(?:(?:Britain|UK|London|British)[- ]based\s+)?(?:Syrian\s+)?Observatory(?:\s+for\s+Human\s+Rights)?(?:\s+(?:monitor(?:ing\s+group)?|war\s+monitor))?|(?:(?:Britain|UK|London|British)[- ]based\s+|war\s+)monitor(?:ing\s+(?:group|organi[sz]ation))?|monitoring\s+(?:group|organi[sz]ation)|(?:group|organi[sz]ation)\s+monitoring\s+(?:the\s+)?(?:war|conflict|fighting|violence)|(?:Rami\s+)?Abd[eu]l?[- ]?Rahman|Rami\s+Abdurrahman`,
      ),
      cs(String.raw`SOHR`),
      // A bare "monitor" is the noun only after an article, or as the attribution that ends a headline.
      ci(String.raw`monitor(?!\s+(?:the|a|an|its|their)\b)`, { after: /\b(?:a|the)\s$/i }),
      ci(String.raw`monitor(?=\s*[.:]?\s*$)`),
    ],
  },
  {
    name: 'SANA',
    triggers: ['sana', 'news'],
    kind: 'source',
    patterns: [
      cs(String.raw`SANA`),
      ci(String.raw`Sana(?=\s+news)`),
      ci(String.raw`Syrian\s+Arab\s+News\s+Agency`),
      ci(
        String.raw`(?:(?:Syria['’]?s?|Syrian)\s+)?(?:official|state|state-run|government)\s+(?:news\s+agency)(?:\s+SANA)?`,
        { notAfter: FOREIGN_MEDIA },
      ),
    ],
  },
  {
    name: 'Syrian state media',
    triggers: ['tv', 'television', 'media', 'broadcaster', 'ikhbariya'],
    kind: 'source',
    patterns: [
      ci(
        String.raw`(?:(?:Syria['’]?s?|Syrian)\s+)?(?:state|state-run|official|government)\s+(?:TV|television|media|broadcaster)|Syrian\s+(?:TV|television)|(?:al-)?Ikhbariya`,
        { notAfter: FOREIGN_MEDIA },
      ),
    ],
  },
  {
    name: 'activists',
    triggers: ['activist', 'activists', 'lcc', 'coordination'],
    kind: 'source',
    patterns: [
      ci(
        String.raw`(?:local\s+|opposition\s+|Syrian\s+|media\s+|anti-government\s+)?activists?|Local\s+Coordination\s+Committees`,
      ),
      cs(String.raw`LCC`),
    ],
  },
  { name: 'Reuters', kind: 'source', triggers: ['reuters'], patterns: [ci(String.raw`Reuters`)] },
  {
    name: 'AFP',
    kind: 'source',
    triggers: ['afp', 'agence'],
    patterns: [cs(String.raw`AFP`), ci(String.raw`Agence\s+France[- ]Presse`)],
  },
  {
    name: 'AP',
    kind: 'source',
    triggers: ['ap', 'associated'],
    patterns: [cs(String.raw`AP`), ci(String.raw`Associated\s+Press`)],
  },
  {
    name: 'White Helmets',
    triggers: ['helmets', 'civil'],
    kind: 'source',
    patterns: [ci(String.raw`White\s+Helmets|(?:Syrian\s+)?Civil\s+Defen[cs]e`)],
  },
  {
    name: 'MSF',
    triggers: ['msf', 'doctors', 'médecins', 'medecins'],
    kind: 'source',
    patterns: [
      ci(String.raw`Doctors\s+Without\s+Borders|M[ée]decins\s+Sans\s+Fronti[èe]res`),
      cs(String.raw`MSF`),
    ],
  },
  {
    name: 'United Nations',
    triggers: ['un', 'u', 'united', 'unicef', 'ocha'],
    kind: 'source',
    patterns: [ci(String.raw`United\s+Nations|UNICEF|OCHA`), cs(String.raw`UN|U\.N\.`)],
  },
  {
    name: 'Human Rights Watch',
    triggers: ['watch', 'hrw'],
    kind: 'source',
    patterns: [ci(String.raw`Human\s+Rights\s+Watch`), cs('HRW')],
  },
  {
    name: 'Amnesty International',
    kind: 'source',
    triggers: ['amnesty'],
    patterns: [ci(String.raw`Amnesty(?:\s+International)?`)],
  },
  {
    name: 'Syrian Network for Human Rights',
    triggers: ['network', 'snhr'],
    kind: 'source',
    patterns: [ci(String.raw`Syrian\s+Network\s+for\s+Human\s+Rights`), cs('SNHR')],
  },
  {
    name: 'local sources',
    kind: 'source',
    triggers: ['sources'],
    patterns: [ci(String.raw`local\s+sources`)],
  },
];

const words = (list: string): string => `(?:${list})`;

const DAY_OR_MONTH = words(
  String.raw`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`,
);

// Verbs whose subject acts, in every tense news copy uses, including headline present ("Rebels advance").
const ACT_VERB = words(
  String.raw`attack(?:s|ed|ing)?|kill(?:s|ed|ing)?|hit(?:s|ting)?|struck|strik(?:e|es|ing)|shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?|pound(?:s|ed|ing)?|target(?:s|ed|ing|ted|ting)?|seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|recaptur(?:e|es|ed|ing)|retak(?:e|es|en|ing)|retook|took|tak(?:e|es|ing)\s+(?:over|control)|overr(?:a|u)n(?:s|ning)?|launch(?:es|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|fir(?:e|es|ed|ing)|drop(?:s|ped|ping)?|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|ambush(?:es|ed|ing)?|storm(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|push(?:es|ed|ing)?|besieg(?:e|es|ed|ing)|bl(?:ew|ow|ows|owing)\s+(?:(?:himself|herself|themselves)\s+)?up|detonat(?:e|es|ed|ing)|shot|shoot(?:s|ing)?|abduct(?:s|ed|ing)?|kidnap(?:s|ped|ping)?|clash(?:es|ed|ing)?|fought|fight(?:s|ing)?|battl(?:e|es|ed|ing)|repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|down(?:s|ed|ing)|destroy(?:s|ed|ing)?|raid(?:s|ed|ing)?|gass(?:ed|ing)|massacr(?:e|es|ed)|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|drove|driv(?:e|es|ing)|expel(?:s|led|ling)?|oust(?:s|ed|ing)?|encircl(?:e|es|ed|ing)|surround(?:s|ed|ing)?|(?:step(?:s|ped)?|ramp(?:s|ed)?)\s+up|intensif(?:y|ies|ied)|renew(?:s|ed)?|resum(?:e|es|ed)|enter(?:s|ed)?|beg(?:an|in|ins|un)|start(?:s|ed)|mount(?:s|ed)|wag(?:e|es|ed)|used?|uses|using|continu(?:e|es|ed|ing)|provid(?:e|es|ed|ing)\s+(?:air\s+)?(?:cover|support)|deploy(?:s|ed)?|unleash(?:es|ed)?|conduct(?:s|ed|ing)?|perpetrat(?:e|es|ed)|laid\s+siege|retaliat(?:e|es|ed)|defeat(?:s|ed)?|recover(?:s|ed)?|regain(?:s|ed)?|liberat(?:e|es|ed)|gain(?:s|ed)|wrest(?:s|ed)|(?:was|were|is|are)\s+(?:behind|responsible)|ha(?:ve|s|d)\s+(?:been\s+)?(?:behind|responsible)`,
);
const SPEECH_WORDS = String.raw`said|says|say|saying|reported|reports|report|claimed|claims|claim|announced|announces|announce|told|tells|stated|states|added|adds|confirmed|confirms|denied|denies|deny|accused|accuses|warned|warns|insisted|insists|noted|estimated|counted|documented|blamed|blames|alleged|alleges|stressed|explained|quoted|cited|wrote|tweeted|posted|published|disclosed|revealed|admitted|acknowledged|declared|condemned|condemns|denounced|urged|urges|called\s+(?:on|for)|calls\s+(?:on|for)|demanded|statement|communiqu[ée]|as\s+saying|put\s+the\s+(?:death\s+)?toll|gave\s+(?:a|the)\s+(?:death\s+)?toll`;
const SPEECH = words(SPEECH_WORDS);
// Headlines capitalise every word ("Russia Says ..."); the title-token pattern must stay case-sensitive.
const SPEECH_ANY_CASE = words(
  SPEECH_WORDS.split('|')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|'),
);
// Past participles that make a passive: "ISIS fighters were killed" is a target, not an actor.
const PASSIVE = words(
  String.raw`killed|hit|struck|targeted|targetted|wounded|injured|attacked|shelled|bombed|pounded|executed|beheaded|captured|ambushed|driven|pushed|expelled|ousted|routed|defeated|repelled|repulsed|besieged|encircled|surrounded|abducted|kidnapped|shot|downed|destroyed|massacred|forced|evicted|dislodged|overrun|raided|stormed|taken|retaken|recaptured|seized|liberated|freed|cleared|trapped|arrested|detained|eliminated|neutrali[sz]ed|wiped\s+out`,
);
// The words left of a name are read one by one, nearest first, not with regexes anchored at the end of the
// text: those are retried at every position and cost more than all the rest of the stage together.
const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/));
const wordTest = (source: string): RegExp => new RegExp(`^(?:${source})$`, 'i');
// Words after which the next name is what was attacked ("strikes on ISIS", "killed 12 rebels").
const TARGET_CUE_WORD = wordTest(
  String.raw`against|targeting|targetting|targeted|targets|target|hit|hits|hitting|struck|strike|strikes|striking|pound(?:s|ed|ing)?|bomb(?:s|ed|ing)?|shell(?:s|ed|ing)?|kill(?:s|ed|ing)?|attack(?:s|ed|ing)?|ambush(?:es|ed|ing)?|besieg(?:e|es|ed|ing)|encircl(?:e|es|ed|ing)|expel(?:s|led|ling)?|oust(?:s|ed|ing)?|drove|driv(?:e|es|ing)|repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|rout(?:s|ed|ing)?|defeat(?:s|ed|ing)?|destroy(?:s|ed|ing)?|fight(?:s|ing)?|fought|combat(?:s|ed|ing)?|battl(?:e|es|ed|ing)|down(?:s|ed|ing)?|shot|shooting|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|abduct(?:s|ed|ing)?|kidnap(?:s|ped|ping)?|raid(?:s|ed|ing)?|storm(?:s|ed|ing)|wound(?:s|ed|ing)|injur(?:e|es|ed|ing)|massacr(?:e|es|ed|ing)|gass(?:ed|ing)|eliminat(?:e|es|ed|ing)|weaken(?:s|ed|ing)?|press(?:es|ed|ing)|chas(?:e|es|ed|ing)|hunt(?:s|ed|ing)?|pursu(?:e|es|ed|ing)|degrad(?:e|es|ed|ing)|counter(?:s|ed|ing)?|confront(?:s|ed|ing)?`,
);
// "downed a Russian jet": after these the name is the target even before a weapon noun.
const HARM_OBJECT_WORD = wordTest(
  String.raw`down(?:s|ed|ing)?|destroy(?:s|ed|ing)|hit(?:ting)?|struck|target(?:ed|ing|ted|ting)|attack(?:ed|ing)|ambush(?:ed|ing)|captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|repel(?:s|led|ling)?|repuls(?:e|es|ed|ing)|thwart(?:s|ed|ing)?|foil(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|block(?:s|ed|ing)?|resist(?:s|ed|ing)?|intercept(?:s|ed|ing)?`,
);
// Words that cannot sit between a cue and its object ("killed in Russian strikes" is not "killed Russia").
const GAP_STOP = wordSet(
  'by in during amid after under as from with alongside beside since despite following near when while through via for said says say told and but that which who were was is are been of to into at over between according whose has have had will would can could should may might must did does do not',
);
const ACT_WORD = wordTest(ACT_VERB);
const SPEECH_WORD = wordTest(SPEECH);
const isVerb = (w: string): boolean => ACT_WORD.test(w) || SPEECH_WORD.test(w);
const DATE_WORD = new RegExp(String.raw`^(?:${DAY_OR_MONTH}|\d.*)$`, 'i');
const ON_THE_NOT_TARGET = wordSet(
  'day eve morning night evening afternoon outskirts edge road border front side ground way basis',
);
// "by" names the agent only of harm: "killed by regime shelling", "raids by Russian jets", not "advocated by Moscow".
const BY_AGENT_WORD = wordTest(
  String.raw`${ACT_VERB}|${PASSIVE}|${ARMS}|conducted|committed|perpetrated|launched|fired|dropped|caused|violence|killings?|deaths?|shot|blasts?|explosions?|crimes|massacres?|violations|abuses`,
);
const BY_SUPPORTER = wordSet(
  'backed supported aided helped assisted funded armed trained sponsored brokered mediated led headed accompanied joined allied supplied provided delivered sold made manufactured advocated proposed hosted organised organized',
);
const BY_HOLDER = wordSet('held controlled occupied run dominated ruled');
// Between whom fighting took place, not talks or a deal between them.
const FIGHT_WORD = wordTest(
  String.raw`fighting|fights?|clash(?:es)?|battles?|confrontations?|war|hostilities|skirmish(?:es)?|combat|violence|attacks|strikes|shelling|conflict|exchanges?|fire`,
);
const CLASH_WORD = wordTest(
  String.raw`clash(?:es|ed|ing)?|fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|skirmish(?:es|ed)?|war|combat|confrontations?|engag(?:ed|ing)`,
);
const CASUALTY_WORD = wordTest(String.raw`killed|dead|died|wounded|injured|losses|casualties`);
const FIRE_WORD = wordTest(
  String.raw`fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|aim(?:s|ed|ing)?|shots?|missiles?|rockets?|shells?|strikes?|sorties|hurl(?:s|ed)?`,
);
const CAPTURE_WORD = wordTest(
  String.raw`(?:re)?captur(?:e|es|ed|ing)|retook|retak(?:e|es|en|ing)|seiz(?:e|es|ed|ing)|wrest(?:s|ed|ing)?|liberat(?:e|es|ed|ing)|regain(?:s|ed|ing)?|expel(?:s|led|ling)?|drove|driven|oust(?:s|ed|ing)?|recover(?:s|ed|ing)?|clear(?:s|ed|ing)?|free(?:s|d|ing)?`,
);
const PLACE_OF = wordSet(
  'position positions target targets stronghold strongholds bastion bastions territory base bases headquarters hideout hideouts depot depots facilities capital fighters members militants ranks convoy convoys',
);
const BLAMED_ON = wordSet('blamed blames blaming blame pinned');
const ACCUSING = wordSet('accused accuses accusing accuse blamed blames blaming blame');
const ARTICLE = wordSet('the a an');
const RELATIVE = wordSet('who which that whom whose');
const LINKED = wordSet('linked affiliated allied loyal close tied related belonging aligned');
const MEMBERS = wordSet('fighters members militants militiamen defectors soldiers commanders leaders');
const ACCUSED_OF =
  /^(?:\s+\w+){0,2}?\s+(?:(?:is|was|were|are|has\s+been|have\s+been|stands?|stood)\s+)?(?:accused|suspected|blamed)\s+(?:of|for)\b/i;

// What a speaker is called between its name and the verb ("Russia's defence ministry spokesman Igor
// Konashenkov said"); capitalised words are names and titles.
const TITLE_TOKEN = String.raw`(?:officials?|spokes(?:man|woman|person|men)|ministry|minister|foreign|defen[cs]e|military|army|source|sources|statement|media|news|agency|TV|television|state|head|chief|commanders?|leaders?|envoy|ambassador|president|secretary|general|government|authorities|command|group|monitor|also|has|have|had|later|earlier|previously|repeatedly|on|in|a|the|of|and|for|its|their|who|which|office|press|service|director|representative|state-run|official|channel|radio|newspaper|daily|outlet|broadcaster|correspondent|reporter|[A-Z][\w.'’-]*)`;
const RIGHT_SPEECH = new RegExp(
  String.raw`^(?:\s*\([^)]{1,30}\))?(?:\s+${TITLE_TOKEN}){0,6}?\s+${SPEECH_ANY_CASE}\b`,
);
// Sources are named as sources: any speech verb after a few words of description will do.
// The words in between are returned so that code can check none of them is a verb of attack.
const RIGHT_SPEECH_LOOSE = new RegExp(
  String.raw`^(?:\s*\([^)]{1,30}\))?((?:\s+[\w'’.-]+){0,6}?)\s+${SPEECH}\b`,
  'i',
);
const CLAIMED_RESPONSIBILITY = new RegExp(
  String.raw`^(?:\s+${TITLE_TOKEN}){0,3}?\s+(?:has\s+|have\s+|had\s+|also\s+|quickly\s+|later\s+)*(?:claimed|claims|claim|took|takes|admitted)\s+(?:(?:full\s+)?responsibility|credit|to\s+have\s+\w+|(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|killings?|assaults?|explosions?|operations?|shooting|downing|beheadings?|executions?|kidnappings?|abductions?|capture))\b`,
  'i',
);
const LEFT_ACCORDING =
  /\b(?:according\s+to|reported\s+by|quoted\s+by|cited\s+by|citing|quoting|announced\s+by|sources?\s+(?:in|at|from|close\s+to))\s+((?:[\w'’.-]+\s+){0,6})$/i;
const LEFT_TOLD =
  /\b(?:told|tells|telling|(?:speaking|talking|spoke|said|confirmed|reported|according)\s+to)\s+(?:the\s+|a\s+|an\s+)?$/i;
const LEFT_INVERTED = new RegExp(
  String.raw`\b(?:said|says|added|reported|wrote|stated|announced|according\s+to)\s+(?:${TITLE_TOKEN}\s+){0,6}$`,
);
const RIGHT_ENDS_CLAUSE =
  /^(?:['’]s)?(?:\s+[A-Z][\w'’.-]*){0,4}\s*(?:$|[.,;:"”)?!]|(?:using|citing|quoting|adding|in|on|as|which|who|whose|according|told|via|also|known|better)\b)/;
const SPEECH_THEN_SPEAKER = /^\s+(?:said|says|told|reported|added)\s+(?:the|a|an)\s/i;
const SENTENCE_END = /^\s*["”]?\s*[.:]?\s*["”]?\s*$/;

const QUALIFIER_TARGET = /^-(?:held|controlled|occupied|besieged|captured|seized|encircled)\b/i;
const QUALIFIER_OTHER =
  /^-(?:run|dominated|ruled|backed|linked|allied|affiliated|aligned|inspired|supported|sponsored|brokered|funded|armed|trained|made|supplied|built|based|mediated|friendly|leaning|Russian|Syrian|Turkish|US|American|Iranian|Iraqi|Lebanese|Israeli|Jordanian)\b/i;
const STRIP_GROUP =
  /^(?:\s*\([^)]{1,30}\))?(?:\s+(?:jihadist|militant|terror|terrorist|extremist|armed|rebel|Islamist|radical))?(?:\s+(?:group|organi[sz]ation|movement)(?:['’]s|s)?)?(?=\W|$)/i;
// ", a staunch Damascus ally," or ", however," between a subject and its verb.
const APPOSITIVE = /^\s*,\s*(?:a|an|the)\b[^,]{0,60},/i;
const INTERJECTION =
  /\s*,\s*(?:however|meanwhile|though|too|in\s+turn|in\s+response|for\s+(?:its|their)\s+part|on\s+\w+day)\s*,/gi;
const RIGHT_ARMS = new RegExp(
  String.raw`^(?:['’]s?)?(?:\s+(?:and|or)\s+[\w-]+)?(?:\s+(?!(?:by|on|of|against|at|in|to|from|were|was|is|are|have|has|had)\b)[\w-]+)?\s+(?:${ARMS})\b`,
  'i',
);
// "A Russian military helicopter was shot down": the side that lost the aircraft is the target.
const RIGHT_ARMS_LOST = new RegExp(
  String.raw`^(?:['’]s?)?(?:\s+(?!(?:by|on|of|against|at|in|to|from)\b)[\w-]+)?\s+(?:${ARMS})\b(?:\s+(?:was|were|has\s+been|had\s+been|have\s+been|being))?\s+(?:shot\s+down|downed|crashed|crash|crashes)\b|^(?:['’]s?)?(?:\s+[\w-]+)?\s+(?:${ARMS})\b\s+(?:was|were|has\s+been|had\s+been|have\s+been|being)\s+(?:hit|destroyed|intercepted|targeted|struck|attacked)\b`,
  'i',
);
// Places and assets that belong to the side attacked ("ISIS positions", "Islamic State's de facto capital").
const RIGHT_TARGET_NOUN = new RegExp(
  String.raw`^(?:['’]s?)?(?:\s+(?:de|facto|self-proclaimed|self-styled|heavy|main|key|last|remaining|former|military|fortified|defensive|frontline|front-line|forward|oil|training|command|strategic|important|northern|southern|eastern|western|nearby|underground|weapons|ammunition|supply|logistics|bomb-making|explosives)){0,3}\s+(?:positions?|targets?|strongholds?|bastions?|capital|territory|territories|areas?|held\s+areas|bases?|headquarters|hideouts?|hide-outs?|facilities|depots?|checkpoints?|convoys?|infrastructure|fortifications?|bunkers?|command\s+(?:centres?|centers?|posts?)|centres?|centers?|camps?|enclaves?|redoubts?|hubs?|pockets?|installations|vehicles|emplacements|weapons|fighting\s+positions|oil\s+(?:fields|facilities|installations)|supply\s+(?:lines|routes)|lines|outposts?|posts?|control|occupation|rule|losses|casualties|death\s+toll)\b`,
  'i',
);
// A subject: the name, words for its fighters, a participial aside, then auxiliaries and a verb.
const SUBJECT_FILLER = String.raw`(?:\s+(?:${FORCE}|jihadists?|militants?|members|loyalists|allies|supporters|elements|groups?|factions?|gunmen|terrorists|extremists|forces|and\s+(?:its|their)\s+allies|(?:and|or)\s+[\w-]+\s+(?:${FORCE}|${ARMS}|jihadists?|militants?)))*`;
const ASIDE = String.raw`(?:\s+(?:backed|supported|aided|helped|assisted|led|accompanied)\s+by(?:\s+[\w'’.-]+){1,4}?(?=\s))?`;
const AUX = String.raw`((?:\s+(?:which|who|that|has|have|had|also|reportedly|allegedly|apparently|reported(?:ly)?|then|later|again|jointly|still|now|recently|previously|repeatedly|earlier|already|will|would|could|may|might|did|not|were|was|is|are|been|be|being|got|get|gets|on\s+\w+day|last\s+(?:week|month|year|night)|overnight|on\s+Monday|[a-z]+ly|continu(?:e|es|ed)\s+to|start(?:s|ed)?(?:\s+to)?|however|meanwhile|too|themselves|itself|in\s+turn|beg(?:a|i)n\s+to|tri(?:ed|es)\s+to|trying\s+to|attempt(?:s|ed)\s+to|managed\s+to|went\s+on\s+to))*)`;
const RIGHT_SUBJECT = new RegExp(
  String.raw`^(?:['’]s?)?${SUBJECT_FILLER}${ASIDE}${AUX}\s+(?:(${PASSIVE})|(${ACT_VERB})|(died|dead|lost|suffered|came\s+under|come\s+under|comes\s+under|(?:became|become|becomes)?\s*the\s+(?:main\s+)?targets?\s+of))\b(.{0,12})`,
  'i',
);
const BE_AUX = /\b(?:were|was|is|are|been|be|being|got|get|gets)\b/i;
const REDUCED_PASSIVE_TAIL =
  /^\s*(?:$|[.,;:"”)]|(?:in|by|as|near|during|after|when|on|at(?!\s+least)|while|and|since|across|around|over(?!\s+\d)|inside|outside|overnight|this|last|yesterday|today)\b)/i;
// Victims named after a count or "including": "killed 26 people including 12 Islamic State fighters".
const RIGHT_VICTIM_NOUN = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:${FORCE}|jihadists?|militants?|members|commanders?|leaders?|gunmen|terrorists|loyalists|elements|positions?)\b`,
  'i',
);
const LEFT_CLAUSE_HARM = new RegExp(
  String.raw`\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)|injur(?:e|es|ed|ing)|execut(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|target(?:s|ed|ing)|hit(?:s|ting)?|pound(?:s|ed|ing)|struck|strik(?:e|es|ing)|ambush(?:es|ed|ing)|behead(?:s|ed|ing)?|abduct(?:s|ed|ing)?|dead|died|deaths|toll|casualties|losses)\b(?![^]*\bby\b)`,
  'i',
);
// "13 rebels from the six families were among the dead".
const RIGHT_AMONG_VICTIMS = new RegExp(
  String.raw`^((?:\s+[\w'’.%-]+){0,10}?)\s+(?:were|was|are|is|have\s+been|has\s+been)\s+(?:(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed|victims|casualties|wounded|injured|fatalities)|killed|wounded|injured|executed)\b`,
  'i',
);
const COUNTRY_OR_CAPITAL =
  /^(?:Turkey|T[üu]rkiye|Israel|Iran|Russia|United States|US|U\.S\.?|USA|America|Moscow|Ankara|Tehran|Washington)(?:['’]s?|s)?$/i;
const PLACE_PREPOSITION =
  /\b(?:border\s+with|borders?\s+of|in|into|inside|near|to|from|across|towards?|via|through|visit(?:s|ed|ing)?|arriv(?:e|es|ed|ing)\s+in)\s+(?:the\s+)?$/i;
const LEFT_VICTIM_LINK =
  /\b(?:including|among\s+them|among|of\s+them|of\s+whom|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const CLAUSE_BREAK =
  /[;:—“”"]|\s--?\s|\b(?:as|while|whereas|but|although|though|after|before|when|since|because|until|whereas|meanwhile)\b/gi;
const COORDINATION = new RegExp(
  String.raw`^(?:\s+(?:${FORCE}|${ARMS}|jihadists|militants|members))?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|as\s+well\s+as|along\s+with|together\s+with)\s+)(?:the\s+|its\s+|a\s+|an\s+)?$`,
  'i',
);
const PRONOUN = /\b(?:it|its|they|their)\b/gi;
const MILITARY_WORD = wordTest(MILITARY_NOUN);
const ALL_CAPS_WORD = /^[A-Z]{2,}$/;

interface Tagged extends ActorMention {
  entry: ActorEntry;
}

/** Every actor named in the sentence, in text order, with its role in that sentence. */
export function findActors(sentence: string): ActorMention[] {
  return mentionsIn(sentence).map((m) => ({ ...m }));
}

// The pipeline asks actorsOf and reportedByOf about the same sentence one after the other; remembering the
// last sentence's mentions halves the work without changing any answer.
let last: { sentence: string; mentions: readonly ActorMention[] } | undefined;

function mentionsIn(sentence: string): readonly ActorMention[] {
  if (last?.sentence !== sentence) last = { sentence, mentions: analyse(sentence) };
  return last.mentions;
}

function analyse(sentence: string): ActorMention[] {
  const tagged = tag(sentence);
  // Cues are read back only as far as the previous name: in "fighting Daesh alongside the Syrian regime" the
  // verb's object is Daesh, not the regime. A qualifier ("Al-Qaeda-linked") does not stop the reading.
  let boundary = 0;
  tagged.forEach((m, i) => {
    m.role = roleOf(sentence, m, boundary, tagged[i + 1]);
    if (!m.qualifier) boundary = m.end;
  });
  inheritAcrossCoordination(sentence, tagged);
  const out: ActorMention[] = tagged.map(({ entry, ...m }) =>
    m.role === 'reporter' && entry.reporterName ? { ...m, name: entry.reporterName } : m,
  );
  if (tagged.some((m) => m.role === 'reporter' && m.kind === 'party'))
    for (const m of resolveAnaphora(sentence, tagged)) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

/** Canonical names, deduplicated, acting ones first in text order; targets apart. */
export function actorsOf(sentence: string): { actors: string[]; targets: string[] } {
  const mentions = mentionsIn(sentence);
  const acting = unique(mentions.filter((m) => m.role === 'actor').map((m) => m.name));
  const targets = unique(mentions.filter((m) => m.role === 'target').map((m) => m.name)).filter(
    (n) => !acting.includes(n),
  );
  if (acting.length > 0) return { actors: acting, targets };
  const speakers = mentions.filter((m) => m.role === 'reporter').map((m) => m.name);
  // No acting name: a name the sentence is about ("The Islamic State group's fighters are dug in") is still
  // the best guess at who acted, provided it was not the target, a source or a mere qualifier.
  const others = unique(
    mentions
      .filter((m) => m.role === 'other' && m.kind === 'party' && !m.qualifier)
      .map((m) => m.name)
      .filter((n) => !targets.includes(n) && !speakers.includes(n)),
  );
  return { actors: others, targets };
}

/**
 * Everyone a clause names as taking part in talks or an agreement, in text order: at a meeting or in a deal
 * whoever acts and whoever is met are all parties ("talks with Moscow"). Sources, qualifiers and speakers
 * who only report it are not.
 */
export function partiesOf(clause: string): string[] {
  return unique(
    mentionsIn(clause)
      .filter((m) => m.kind === 'party' && !m.qualifier && m.role !== 'reporter')
      .map((m) => m.name),
  );
}

/** Who the sentence attributes the report to, canonical, or [] when it attributes nothing. */
export function reportedByOf(sentence: string): string[] {
  return unique(
    mentionsIn(sentence)
      .filter((m) => m.role === 'reporter')
      .map((m) => m.name),
  );
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

const NON_LETTER = /[^\p{L}\d]+/u;
const BY_TRIGGER = new Map<string, number[]>();
ENTRIES.forEach((entry, i) => {
  for (const t of entry.triggers) BY_TRIGGER.set(t, [...(BY_TRIGGER.get(t) ?? []), i]);
});

function tag(sentence: string): Tagged[] {
  const found: Tagged[] = [];
  const wanted = new Array<boolean>(ENTRIES.length).fill(false);
  for (const w of sentence.toLowerCase().split(NON_LETTER)) {
    for (const i of BY_TRIGGER.get(w) ?? []) wanted[i] = true;
    if (w.endsWith('s')) for (const i of BY_TRIGGER.get(w.slice(0, -1)) ?? []) wanted[i] = true;
  }
  for (const [i, entry] of ENTRIES.entries()) {
    if (!wanted[i]) continue;
    for (const { re, after, notAfter, before } of entry.patterns) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const preceding = after || notAfter ? sentence.slice(Math.max(0, m.index - 30), m.index) : '';
        if ((after && !after.test(preceding)) || (notAfter && notAfter.test(preceding))) continue;
        if (before) {
          // "Syrias opposition accused government forces": a verb is no modifier of the noun.
          const noun = NOUN_AFTER[before].exec(sentence.slice(re.lastIndex, re.lastIndex + 60));
          if (!noun || (noun[1] && isVerb(noun[1]))) continue;
        }
        if (!plausible(sentence, m.index, m[0])) continue;
        found.push({
          entry,
          name: entry.name,
          kind: entry.kind,
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          role: 'other',
          qualifier: false,
        });
      }
    }
  }
  // Leftmost-longest, ties to the earlier table entry (sort is stable).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Tagged[] = [];
  for (const m of found) {
    const last = kept.at(-1);
    if (last && m.start < last.end) continue;
    // "Islamic State (IS)", "Syrian Democratic Forces (SDF)": the bracketed short form is the same mention.
    if (last && last.name === m.name && /^\s*\(\s*$/.test(sentence.slice(last.end, m.start))) {
      const close = sentence.indexOf(')', m.end);
      if (close >= 0 && close - m.end < 3) {
        last.end = close + 1;
        last.text = sentence.slice(last.start, last.end);
        continue;
      }
    }
    // "IS gunmen", "a Daesh suicide bomber": the group is named, so the attacker is not unidentified.
    if (
      m.name === 'Unidentified armed group' &&
      last &&
      last.kind === 'party' &&
      /^(?:['’]?s)?\s+(?:[\w-]+\s+)?$/.test(sentence.slice(last.end, m.start))
    )
      continue;
    // "the terrorist group ISIS": likewise when the name follows.
    if (
      last &&
      last.name === 'Unidentified armed group' &&
      m.kind === 'party' &&
      /^\s+(?:[\w-]+\s+)?$/.test(sentence.slice(last.end, m.start)) &&
      !/\b(?:and|or|by|on|against|with)\s+$/i.test(sentence.slice(last.end, m.start))
    )
      kept.pop();
    kept.push(m);
  }
  return kept;
}

/** All-caps running text ("MOSCOW --", a shouted headline) makes "IS" or "US" ambiguous: skip those. */
function plausible(sentence: string, start: number, text: string): boolean {
  if (text === 'IS' || text === 'US' || text === 'AP' || text === 'UN') {
    const before = /([A-Za-z]+)\W*$/.exec(sentence.slice(Math.max(0, start - 20), start))?.[1] ?? '';
    const after =
      /^\W*([A-Za-z]+)/.exec(sentence.slice(start + text.length, start + text.length + 20))?.[1] ?? '';
    const shouting = (w: string) =>
      ALL_CAPS_WORD.test(w) && !/^(?:ISIS|ISIL|IS|US|UN|AFP|SDF|YPG|HTS|FSA)$/.test(w);
    if (shouting(before) || shouting(after)) return false;
  }
  return true;
}

function clauseStart(sentence: string, at: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence)) && m.index < at) start = m.index + m[0].length;
  return start;
}

function roleOf(sentence: string, m: Tagged, boundary: number, next: Tagged | undefined): ActorRole {
  const rawRight = sentence.slice(m.end, m.end + 160);
  const near = sentence.slice(Math.max(0, m.start - 90), m.start);
  const own = sentence.slice(Math.max(boundary, m.start - 90), m.start);
  const clause = () => sentence.slice(Math.max(clauseStart(sentence, m.start), m.start - 160), m.start);

  if (QUALIFIER_TARGET.test(rawRight)) return m.kind === 'party' ? 'target' : 'other';
  if (QUALIFIER_OTHER.test(rawRight)) {
    m.qualifier = true;
    return 'other';
  }
  const normalise = (text: string): string => {
    const r = text
      .replace(/^-led\b/i, '')
      .replace(STRIP_GROUP, '')
      .replace(APPOSITIVE, '');
    return r.includes(',') ? r.replace(INTERJECTION, ' ') : r;
  };
  const right = normalise(rawRight);
  // A speech verb after another name is that name's: "clashes with the YPG the Observatory said". Names
  // joined by "and" speak together, and a speaker's own aides ("Observatory director Rami Abdel Rahman")
  // carry its name.
  const gap = next ? sentence.slice(m.end, next.start) : '';
  const passable =
    !next ||
    next.name === m.name ||
    COORDINATION.test(gap) ||
    /^-\w+/.test(sentence.slice(next.end, next.end + 2));
  const toSpeech = passable ? right : normalise(gap);

  const cue = leftCue(near, own);
  if (m.kind === 'party') {
    if (CLAIMED_RESPONSIBILITY.test(right) || cue?.role === 'claimant') return 'actor';
    // "areas held by ISIS" qualifies a place: the holder is what the strikes on it targeted.
    if (cue?.role === 'holder') return 'target';
    if (cue?.role === 'blamed' || ACCUSED_OF.test(right)) return 'actor';
    if (cue?.role === 'actor' && ACCUSING.has(cue.word)) return 'actor';
    // "villages seized by the terrorists said the Britain-based group": the speaker comes after the verb.
    if ((cue?.role === 'actor' || cue?.role === 'target') && SPEECH_THEN_SPEAKER.test(right)) return cue.role;
  }
  if (isReporter(m, toSpeech, near, right)) return 'reporter';
  if (m.kind === 'source') return LEFT_INVERTED.test(near) ? 'reporter' : 'other';
  // '"...," said Moscow's defence ministry, using the Arabic name': the speaker after its quote.
  if (LEFT_INVERTED.test(near) && RIGHT_ENDS_CLAUSE.test(right)) return 'reporter';

  const arms = RIGHT_ARMS.test(right);
  // "Russian air strikes" act even after "backed by" or "the target of"; "downed a Russian jet" does not.
  if (arms && RIGHT_ARMS_LOST.test(right)) return 'target';
  if (arms && !(cue?.role === 'target' && HARM_OBJECT_WORD.test(cue.word))) return 'actor';
  if (cue?.role === 'qualifier') {
    m.qualifier = true;
    return 'other';
  }
  if (cue?.role === 'actor' || cue?.role === 'target') return cue.role;
  if (RIGHT_TARGET_NOUN.test(right)) return 'target';
  const subject = RIGHT_SUBJECT.exec(right.replace(/,/g, ''));
  if (subject) {
    const [, aux = '', passive, active, loss, tail = ''] = subject;
    if (passive && BE_AUX.test(aux)) return 'target';
    if (loss) return 'target';
    // "35 IS jihadists killed in clashes": a headline's reduced passive.
    if (
      passive &&
      aux.trim() === '' &&
      /killed|wounded|injured|executed|captured/i.test(passive) &&
      REDUCED_PASSIVE_TAIL.test(tail)
    )
      return 'target';
    if (active || passive) return 'actor';
  }
  const within = clause();
  if (
    (RIGHT_VICTIM_NOUN.test(right) || LEFT_VICTIM_LINK.test(within.slice(-50))) &&
    LEFT_CLAUSE_HARM.test(within)
  )
    return 'target';
  if (noVerbIn(RIGHT_AMONG_VICTIMS.exec(right))) return 'target';
  // "close to the border with Turkey", "flew to Moscow": the country is a place here, never a fallback actor.
  if (COUNTRY_OR_CAPITAL.test(m.text) && PLACE_PREPOSITION.test(near.slice(-30))) m.qualifier = true;
  return 'other';
}

/** True when the regex matched and the words it captured in group 1 hold no verb (of the given kind). */
function noVerbIn(match: RegExpExecArray | null, verb?: RegExp): boolean {
  if (!match) return false;
  return !match[1]!
    .trim()
    .split(/\s+/)
    .some((w) => (verb ? verb.test(w) : isVerb(w)));
}

function isReporter(m: Tagged, right: string, near: string, fullRight: string): boolean {
  const according = LEFT_ACCORDING.exec(near);
  if (
    according &&
    !according[1]!.split(/\s+/).some((w) => isVerb(w) || RELATIVE.has(w.toLowerCase())) &&
    // "according to a source the terrorists fired a shell": the name begins the reported clause.
    !(m.kind === 'party' && RIGHT_SUBJECT.exec(fullRight.replace(/,/g, ''))?.[3])
  )
    return true;
  if (m.kind === 'source') {
    if (LEFT_TOLD.test(near) || SENTENCE_END.test(fullRight)) return true;
    return noVerbIn(RIGHT_SPEECH_LOOSE.exec(right), ACT_WORD) || RIGHT_SPEECH.test(right);
  }
  return RIGHT_SPEECH.test(right);
}

type CueRole = 'actor' | 'target' | 'qualifier' | 'holder' | 'claimant' | 'blamed';

interface Cue {
  role: CueRole;
  /** The cue word as written, lower-cased. */
  word: string;
}

const bare = (w: string | undefined): string =>
  (w ?? '').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '').toLowerCase();

/**
 * The nearest word left of a name that says what the name is to the clause, at most four words back and
 * never across punctuation, a stop word or another verb.
 */
function leftCue(near: string, own: string): Cue | undefined {
  if (/\banti-$/i.test(own)) return { role: 'target', word: 'anti' };
  // The cue itself must lie after the previous name; the words that qualify it ("seized by rebels from")
  // may lie before.
  const words = near.split(/\s+/).filter(Boolean);
  const n = words.length;
  const first = n - own.split(/\s+/).filter(Boolean).length;
  // Looks further back for the word that qualifies a cue, but not across a relative clause.
  const any = (from: number, span: number, test: (w: string) => boolean): boolean => {
    for (let k = from; k >= Math.max(0, from - span + 1); k--) {
      const x = bare(words[k]);
      if (test(x)) return true;
      if (x === 'who' || x === 'which') return false;
    }
    return false;
  };
  for (let i = n - 1; i >= Math.max(0, first, n - 5); i--) {
    const raw = words[i]!;
    if (/[,;:"“”)]$/.test(raw)) return undefined;
    const w = bare(raw);
    const prev = bare(words[i - 1]);
    switch (w) {
      case 'by':
        if (BY_SUPPORTER.has(prev)) return { role: 'qualifier', word: w };
        if (BY_HOLDER.has(prev)) return { role: 'holder', word: w };
        if (prev === 'claimed') return { role: 'claimant', word: w };
        if (
          (prev === 'out' && bare(words[i - 2]) === 'carried') ||
          (prev === 'over' && bare(words[i - 2]) === 'taken')
        )
          return { role: 'actor', word: w };
        return any(i - 1, 6, (x) => BY_AGENT_WORD.test(x)) ? { role: 'actor', word: w } : undefined;
      case 'between':
        return any(i - 1, 7, (x) => FIGHT_WORD.test(x)) ? { role: 'actor', word: w } : undefined;
      case 'with':
        // "35 IS jihadists killed in clashes with Syria Kurds": the other side of a deadly clash did the killing.
        if (!CLASH_WORD.test(prev)) return undefined;
        return { role: any(i - 2, 10, (x) => CASUALTY_WORD.test(x)) ? 'actor' : 'target', word: w };
      case 'at':
        return any(i - 1, 7, (x) => FIRE_WORD.test(x)) ? { role: 'target', word: w } : undefined;
      case 'from':
        // "fighters from Al-Nusra Front" names their group, not whom a town was taken from.
        if (MEMBERS.has(prev)) return undefined;
        return any(i - 1, 7, (x) => CAPTURE_WORD.test(x)) ? { role: 'target', word: w } : undefined;
      case 'of':
        // "positions of the Islamic State group", with nothing but an article between.
        return PLACE_OF.has(prev) && words.slice(i + 1).every((x) => ARTICLE.has(bare(x)))
          ? { role: 'target', word: w }
          : undefined;
      case 'to':
        if (LINKED.has(prev)) return { role: 'qualifier', word: w };
        return prev === 'attributed' ? { role: 'blamed', word: w } : undefined;
      case 'on': {
        const next = bare(words[i + 1]);
        // "on Wednesday", "on the outskirts": no object of an attack.
        if (DATE_WORD.test(next) || (next === 'the' && ON_THE_NOT_TARGET.has(bare(words[i + 2])))) continue;
        return { role: BLAMED_ON.has(prev) ? 'blamed' : 'target', word: w };
      }
    }
    if (ACCUSING.has(w)) return { role: 'actor', word: w };
    if (TARGET_CUE_WORD.test(w)) return { role: 'target', word: w };
    if (GAP_STOP.has(w) || isVerb(w)) return undefined;
  }
  return undefined;
}

/** "Hezbollah and Syrian regime forces targeted a funeral": coordinated names share the role. */
function inheritAcrossCoordination(sentence: string, tagged: Tagged[]): void {
  // A speaker's role is not shared: "talks with Moscow and the Pentagon said" makes only the Pentagon speak.
  const joined = (a: Tagged, b: Tagged) =>
    a.kind === b.kind &&
    COORDINATION.test(sentence.slice(a.end, b.start)) &&
    a.role !== 'reporter' &&
    b.role !== 'reporter';
  for (let i = 1; i < tagged.length; i++) {
    const [a, b] = [tagged[i - 1]!, tagged[i]!];
    if (b.role === 'other' && !b.qualifier && a.role !== 'other' && joined(a, b)) b.role = a.role;
  }
  for (let i = tagged.length - 2; i >= 0; i--) {
    const [a, b] = [tagged[i]!, tagged[i + 1]!];
    if (a.role === 'other' && !a.qualifier && b.role !== 'other' && joined(a, b)) a.role = b.role;
  }
}

/**
 * "Russia said its jets hit ISIS": the speaker is also the agent of the clause it reports, through "its",
 * "it" or "they". Only the nearest party before the pronoun can be its antecedent.
 */
function resolveAnaphora(sentence: string, tagged: Tagged[]): ActorMention[] {
  const out: ActorMention[] = [];
  PRONOUN.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = PRONOUN.exec(sentence))) {
    const at = p.index;
    const antecedent = tagged.filter((m) => m.end <= at && m.kind === 'party').at(-1);
    if (!antecedent || antecedent.role !== 'reporter') continue;
    if (out.some((o) => o.name === antecedent.name)) continue;
    // "its jets", "it had hit", "they killed": within three words, a weapon or a verb of attack.
    const next = sentence
      .slice(PRONOUN.lastIndex, PRONOUN.lastIndex + 40)
      .trim()
      .split(/\s+/)
      .slice(0, 3)
      .map(bare);
    const pairs = next.slice(1).map((w, k) => `${next[k]} ${w}`);
    if (!next.some((w) => MILITARY_WORD.test(w) || ACT_WORD.test(w)) && !pairs.some((w) => ACT_WORD.test(w)))
      continue;
    out.push({
      name: antecedent.entry.name,
      kind: 'party',
      start: at,
      end: at + p[0].length,
      text: p[0],
      role: 'actor',
      qualifier: false,
    });
  }
  return out;
}
