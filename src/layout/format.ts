import { parseIsoDate } from '../schema/dates.js';
import type { EventDate, EventType, IsoDate } from '../schema/types.js';

/**
 * A date the way the text gave it ("March 2016", "about November 2016", "by 31 May 2017"), never finer.
 * Intl with timeZone UTC, because our dates are calendar dates, not instants in the reader's zone.
 */
export function formatEventDate(date: EventDate | null, locale = 'en'): string {
  if (!date) return 'undated';
  const one = (value: IsoDate) => formatIsoDateText(value, locale);
  const approx = date.approximate ? 'about ' : '';
  if (date.start === null) return `by ${approx}${one(date.end!)}`;
  if (date.end === null) return `${approx}since ${one(date.start)}`;
  if (date.end === undefined || date.end === date.start) return `${approx}${one(date.start)}`;
  return `${approx}${one(date.start)} – ${one(date.end)}`;
}

export function formatIsoDateText(value: IsoDate, locale = 'en'): string {
  const d = parseIsoDate(value);
  if (!d) return value;
  // A UTC date at noon of the right calendar day; setUTCFullYear keeps years 0-99 as written.
  const at = new Date(Date.UTC(2000, (d.month ?? 1) - 1, d.day ?? 1, 12));
  at.setUTCFullYear(d.year);
  const key = `${locale}|${d.month !== undefined}|${d.day !== undefined}|${d.year <= 0}`;
  let format = dateTextFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (d.month !== undefined) options.month = 'long';
    if (d.day !== undefined) options.day = 'numeric';
    if (d.year <= 0) options.era = 'short';
    format = new Intl.DateTimeFormat(locale, options);
    dateTextFormats.set(key, format);
  }
  return format.format(at);
}

// Building an Intl.DateTimeFormat costs far more than using one, and the chart's name is formatted in every
// frame of a zoom; a handful of locales and shapes is all a page ever asks for.
const dateTextFormats = new Map<string, Intl.DateTimeFormat>();

/** The family an event type belongs to: it picks the mark's colour and shape. */
export type TypeFamily = 'air' | 'ground' | 'territory' | 'violence' | 'political' | 'other';

export function typeFamily(type: EventType): TypeFamily {
  switch (type) {
    case 'air-strike':
    case 'drone-strike':
      return 'air';
    case 'shelling-artillery-missile-attack':
    case 'chemical-weapon':
    case 'suicide-bomb':
    case 'remote-explosive-landmine-ied':
    case 'grenade':
    case 'armed-clash':
    case 'disrupted-weapons-use':
      return 'ground';
    case 'government-regains-territory':
    case 'non-state-actor-overtakes-territory':
    case 'non-violent-transfer-of-territory':
    case 'headquarters-or-base-established':
    case 'deployment':
      return 'territory';
    case 'attack':
    case 'execution':
    case 'abduction-forced-disappearance':
    case 'sexual-violence':
    case 'excessive-force-against-protesters':
    case 'mob-violence':
    case 'violent-demonstration':
    case 'looting-property-destruction':
    case 'arrests':
      return 'violence';
    case 'agreement':
    case 'diplomatic-talks':
    case 'statement':
    case 'peaceful-protest':
    case 'protest-with-intervention':
    case 'change-to-group-activity':
    case 'weapons-supply':
      return 'political';
    case 'cultural-event':
    case 'other':
      return 'other';
  }
}

const TYPE_WORDS: Record<EventType, string> = {
  'armed-clash': 'armed clash',
  'government-regains-territory': 'government regains territory',
  'non-state-actor-overtakes-territory': 'non-state actor overtakes territory',
  'air-strike': 'air strike',
  'drone-strike': 'drone strike',
  'shelling-artillery-missile-attack': 'shelling, artillery or missile attack',
  'chemical-weapon': 'chemical weapon',
  'suicide-bomb': 'suicide bomb',
  'remote-explosive-landmine-ied': 'remote explosive, landmine or IED',
  grenade: 'grenade',
  attack: 'attack',
  'abduction-forced-disappearance': 'abduction or forced disappearance',
  'sexual-violence': 'sexual violence',
  'peaceful-protest': 'peaceful protest',
  'protest-with-intervention': 'protest with intervention',
  'excessive-force-against-protesters': 'excessive force against protesters',
  'violent-demonstration': 'violent demonstration',
  'mob-violence': 'mob violence',
  agreement: 'agreement',
  arrests: 'arrests',
  'change-to-group-activity': 'change to group activity',
  'disrupted-weapons-use': 'disrupted weapons use',
  'headquarters-or-base-established': 'headquarters or base established',
  'looting-property-destruction': 'looting or property destruction',
  'non-violent-transfer-of-territory': 'non-violent transfer of territory',
  'diplomatic-talks': 'diplomatic talks',
  statement: 'statement',
  deployment: 'deployment',
  execution: 'execution',
  'weapons-supply': 'weapons supply',
  'cultural-event': 'cultural event',
  other: 'other',
};

/** The event type in words ("shelling, artillery or missile attack"): the kebab-case ids are for machines. */
export function typeWords(type: EventType): string {
  return TYPE_WORDS[type] ?? type.replace(/-/g, ' ');
}
