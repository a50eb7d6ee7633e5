import type { EventType } from '../schema/types.js';

// Ordered: the first rule that matches a sentence decides its type, so the means of violence come before
// the general words that also describe them ("chemical attack" before "attack", "suicide bombing" before
// "bombing", "recaptured" before "captured"), and what is dropped from the air before what is fired from
// the ground. Patterns are about what happened, never about one article's wording. Written by hand: no
// maintained library classifies news sentences into ACLED's event types.
const RULES: ReadonlyArray<readonly [EventType, RegExp]> = [
  [
    'chemical-weapon',
    /\b(?:chemical (?:attacks?|weapons?|strikes?|munitions?)|sarin|chlorine|toxic (?:gas|gases|fumes|chemicals?)|nerve (?:agent|gas)|poison(?:ous)? gas|gas(?:sed|sing)|gas attacks?|mustard gas)\b/i,
  ],
  [
    'suicide-bomb',
    /\bsuicide[- ](?:bomb\w*|attacks?|attackers?|car|truck|blasts?|vests?|belts?|explosions?|operations?)|\b(?:motor(?:cycle|bike)|car|truck|lorry) bombers?\b|\bself-detonat/i,
  ],
  [
    'remote-explosive-landmine-ied',
    /\b(?:car|truck|roadside|booby[- ]?trapped|parcel|tanker|motorcycle|motorbike) bombs?\b|\bcar[- ]bomb|\bIEDs?\b|\b(?:land ?)?mines?\b(?! of\b)|\bbooby[- ]?traps?|\bexplosive (?:device|belt|charge)s?|\b(?:twin|triple|double|bus|tunnel) (?:bombings?|blasts?|explosions?)/i,
  ],
  ['execution', /\b(?:execut(?:ed|es|ing|ion|ions)|behead(?:ed|ing|ings)?|firing squad)\b/i],
  ['drone-strike', /\bdrones?(?:[- ]strikes?| attacks?)?\b/i],
  [
    'air-strike',
    /\b(?:regime|Assad'?s?|Russian|coalition|government|army|Syrian|US-led|U\.S\.-led|Israeli|Turkish) bomb(?:ing|ings|ed|s)\b|\b(?:air ?strikes?|air[- ]raids?|aerial (?:attacks?|bombardments?|bombings?|assaults?|strikes?|raids?)|air force|air cover|warplanes?|war planes?|planes?|fighter jets?|jets?|aircraft|helicopters?|sorties|bombers|barrel[- ]bombs?|bombing raids?|bombing campaign)\b/i,
  ],
  [
    'shelling-artillery-missile-attack',
    /\b(?:shell(?:ed|ing|s)?|artillery|mortars?|rockets?|missiles?|grad|howitzers?|bombard(?:ed|ment|ments|ing)?)\b/i,
  ],
  [
    'remote-explosive-landmine-ied',
    /\b(?:explosions?|blasts?|explod(?:ed|es|ing)|detonat(?:ed|es|ing|ion)|bombings?|bombs?)\b/i,
  ],
  // Bare "strikes" and "raids" are aerial in war news once the explicit weapons above did not match.
  ['air-strike', /\b(?:strikes?|raids?|struck|bombed)\b(?! (?:a deal|an agreement|back))/i],
  [
    'non-state-actor-overtakes-territory',
    /\b(?:re)?(?:captured|seized|overran|took control)\b.*\b(?:ISIS|ISIL|Daesh|Islamic State|rebels?|militants?|insurgents?|jihadists?)\b|\b(?:ISIS|ISIL|Daesh|Islamic State|rebels?|militants?|insurgents?|jihadists?)\b.*\b(?:re)?(?:captured|seized|overran|took control)\b/i,
  ],
  [
    'government-regains-territory',
    /\b(?:recaptured|retook|captured|drove (?:them|\w+) out|regained|liberated)\b/i,
  ],
  [
    'armed-clash',
    /\b(?:clash(?:es|ed)?|fighting|battle[ds]?|offensive|ambush(?:ed)?|gunfire|firefights?|assault|counter-?attack|fought)\b/i,
  ],
  ['attack', /\b(?:shot dead|shot|sniper|gunmen|gunman|stabbed|massacres?)\b/i],
  [
    'abduction-forced-disappearance',
    /\b(?:kidnapp(?:ed|ing)|abduct(?:ed|ion|ions)|hostages?|disappeared)\b/i,
  ],
  ['agreement', /\b(?:agreed|agreement|signed|ceasefire|cease-fire|truce|deal|accord)\b/i],
  ['diplomatic-talks', /\b(?:talks|negotiations|summit|discussions|met with|peace conference)\b/i],
  [
    'weapons-supply',
    /\b(?:supplied|supplies|supplying|delivered|deliver(?:y|ies)|shipments?|shipped|sent|provided)\b(?:\s+\w+){0,4}\s+(?:arms|weapons|missiles|munitions|ammunition|anti-aircraft)\b|\b(?:arms|weapons|missiles|munitions|ammunition)\b(?:\s+\w+){0,2}\s+(?:supplied|delivered|shipped|provided)\b|\barms (?:supplies|shipments|deliveries)\b/i,
  ],
  // "in concert with" is an idiom, not a concert.
  ['cultural-event', /\bconcerts?\b(?! with)|\b(?:festivals?|exhibitions?|orchestras?|recitals?)\b/i],
  ['deployment', /\b(?:deploy(?:ed|ment|s)|sent troops|flew in|dispatched)\b/i],
  ['attack', /\b(?:killed|kills?|killing|attack(?:ed|s)?|dead|died|death toll|lost their lives)\b/i],
];

/**
 * Types that say how people were harmed. A sentence typed only as a generic `attack`, a clash or a
 * statement says less about the event than a headline that names the weapon; see `mostSpecificType`.
 */
const GENERIC_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'attack',
  'armed-clash',
  'other',
  'statement',
]);

const GLOBAL_RULES = RULES.map(
  ([type, pattern]) => [type, new RegExp(pattern.source, `${pattern.flags}g`)] as const,
);

/**
 * The event type a sentence reports, or `undefined` when it reports none of the kinds we know.
 *
 * With `near` (the span of the date the event is placed at), a sentence that tells several events is typed
 * by the kind of event named closest to that date: "the latest raids follow diplomatic talks in Vienna on
 * Friday" dates the talks, not the raids; "troops backed by Russian airstrikes captured Palmyra in March"
 * dates the capture. Specific kinds still win over a generic "killed" or "attack".
 */
export function classifyEventType(
  sentence: string,
  near?: { start: number; end: number },
): EventType | undefined {
  if (!near) {
    for (const [type, pattern] of RULES) if (pattern.test(sentence)) return type;
    return undefined;
  }
  let best: { type: EventType; specific: boolean; distance: number } | undefined;
  for (const [type, pattern] of GLOBAL_RULES) {
    const specific = isSpecificType(type);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const end = m.index + m[0].length;
      const distance = end <= near.start ? near.start - end : m.index >= near.end ? m.index - near.end : 0;
      if (!best || (specific && !best.specific) || (specific === best.specific && distance < best.distance))
        best = { type, specific, distance };
    }
  }
  return best?.type;
}

/** True when the type names the means of violence or a kind of political event, not just "an attack". */
export function isSpecificType(type: EventType): boolean {
  return !GENERIC_TYPES.has(type);
}

/**
 * The type of an article's main event, from the texts that tell it, the most telling first: the headline
 * usually names the weapon ("Bomb kills 18 in Damascus suburb") where the first sentence only counts the
 * dead. The first specific type wins; else the first type at all; else `undefined`.
 */
export function mostSpecificType(texts: readonly string[]): EventType | undefined {
  const types = texts.map((text) => classifyEventType(text)).filter((t): t is EventType => t !== undefined);
  return types.find(isSpecificType) ?? types[0];
}

/**
 * Kinds of event that reports of one incident use interchangeably: one outlet's "air strikes" are another's
 * "bombardment", one's "car bomb" another's "explosion".
 */
const TYPE_FAMILIES: ReadonlyArray<ReadonlySet<EventType>> = [
  new Set<EventType>(['air-strike', 'drone-strike', 'shelling-artillery-missile-attack']),
  new Set<EventType>(['suicide-bomb', 'remote-explosive-landmine-ied', 'grenade']),
  new Set<EventType>(['attack', 'armed-clash']),
  new Set<EventType>(['government-regains-territory', 'non-state-actor-overtakes-territory']),
];

/** True when reports of one incident may call it by either type. */
export function sameTypeFamily(a: EventType, b: EventType): boolean {
  return a === b || TYPE_FAMILIES.some((f) => f.has(a) && f.has(b));
}
