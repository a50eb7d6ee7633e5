import type { EventType } from '../schema/types.js';

// Ordered: the first rule that matches a sentence decides its type, so specific kinds of violence come
// before the general words that also describe them ("chemical attack" before "attack", "recaptured" before
// "captured"). Patterns are about what happened, never about one article's wording.
const RULES: ReadonlyArray<readonly [EventType, RegExp]> = [
  [
    'chemical-weapon',
    /\b(?:chemical (?:attack|weapons?)|sarin|chlorine (?:gas|attack)|toxic gas|nerve agent)\b/i,
  ],
  ['suicide-bomb', /\bsuicide (?:bomb(?:er|ing)?|attack(?:er)?|car bomb)\b/i],
  ['remote-explosive-landmine-ied', /\b(?:car bomb|roadside bomb|IED|landmine|land mine|booby[- ]trap)/i],
  ['execution', /\b(?:execut(?:ed|ion|ions)|beheaded)\b/i],
  [
    'air-strike',
    /\b(?:air ?strikes?|air raids?|raids?|bomb(?:ed|ing|ardment)|jets?|warplanes?|sorties|airstrikes?)\b/i,
  ],
  ['drone-strike', /\bdrones? strikes?\b/i],
  [
    'shelling-artillery-missile-attack',
    /\b(?:shell(?:ed|ing|s)?|artillery|mortars?|rockets?|missiles?|barrel bombs?)\b/i,
  ],
  [
    'non-state-actor-overtakes-territory',
    /\b(?:re)?(?:captured|seized|overran|took control)\b.*\b(?:ISIS|ISIL|Islamic State|rebels?|militants?)\b|\b(?:ISIS|ISIL|Islamic State|rebels?|militants?)\b.*\b(?:re)?(?:captured|seized|overran|took control)\b/i,
  ],
  [
    'government-regains-territory',
    /\b(?:recaptured|retook|captured|drove (?:them|\w+) out|regained|liberated)\b/i,
  ],
  ['armed-clash', /\b(?:clash(?:es|ed)?|fighting|battle[ds]?|offensive)\b/i],
  ['agreement', /\b(?:agreed|agreement|signed|ceasefire|truce|deal)\b/i],
  ['diplomatic-talks', /\b(?:talks|negotiations|summit|discussions|met with)\b/i],
  ['deployment', /\b(?:deploy(?:ed|ment)|sent troops|flew in)\b/i],
  ['attack', /\b(?:killed|attack(?:ed|s)?|shot dead|massacre)\b/i],
];

/** The event type a sentence reports, or `undefined` when it reports none of the kinds we know. */
export function classifyEventType(sentence: string): EventType | undefined {
  for (const [type, pattern] of RULES) if (pattern.test(sentence)) return type;
  return undefined;
}
