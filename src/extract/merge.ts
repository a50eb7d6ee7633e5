import { dayNumber, parseIsoDate } from '../schema/dates.js';
import type { DatePrecision, EventDate, EventLocation, TimelineEvent } from '../schema/types.js';
import { sameTypeFamily } from './event-type.js';

const PRECISION_RANK: Record<DatePrecision, number> = {
  day: 0,
  week: 1,
  month: 2,
  season: 3,
  quarter: 3,
  year: 4,
  decade: 5,
  century: 6,
};

/**
 * One event per incident: events from different articles that tell the same thing become one event with all
 * their mentions. Same thing means ACLED's rule, loosened only where reports of one incident differ: a kind
 * of event of the same family, dates that agree (the same day, give or take one when a side's day is only
 * approximate, such as the day it was reported; the same month or year at coarser precision), the same place when both name one, and a shared actor
 * when both name any. Two events of one article are never merged: an article tells each thing once.
 *
 * Deterministic and stable: events are visited in id order, and a merged event keeps the smallest id of its
 * members, so the same input gives the same ids whatever order the files were read in.
 */
export function mergeEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const groups: TimelineEvent[][] = [];
  for (const event of [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const group = groups.find((g) => g.every((member) => sameIncident(member, event)));
    if (group) group.push(event);
    else groups.push([event]);
  }
  // A date placed after another event names it; once that event is merged it goes by its group's id.
  const mergedId = new Map<string, string>();
  for (const group of groups) for (const e of group) mergedId.set(e.id, group[0]!.id);
  return groups.map(combine).map((e) => {
    const anchor = e.date?.derivation.anchor;
    const to = anchor === undefined ? undefined : mergedId.get(anchor);
    return to === undefined || to === anchor
      ? e
      : { ...e, date: { ...e.date!, derivation: { ...e.date!.derivation, anchor: to } } };
  });
}

/** True when two events from different articles report the same incident. */
export function sameIncident(a: TimelineEvent, b: TimelineEvent): boolean {
  const sourcesA = new Set(a.mentions.map((m) => m.source));
  if (b.mentions.some((m) => sourcesA.has(m.source))) return false;
  if (a.status !== b.status) return false;
  if (!sameTypeFamily(a.type, b.type)) return false;
  if (!a.date || !b.date || !datesAgree(a.date, b.date)) return false;
  if (a.location && b.location && !samePlace(a.location, b.location)) return false;
  if (a.actors.length && b.actors.length && !a.actors.some((x) => b.actors.includes(x))) return false;
  // With neither a place nor an actor on one side, a date and a kind are too little to call it one incident.
  return (!!a.location && !!b.location) || (a.actors.length > 0 && b.actors.length > 0);
}

function samePlace(a: EventLocation, b: EventLocation): boolean {
  if (a.geonamesId !== undefined && b.geonamesId !== undefined) return a.geonamesId === b.geonamesId;
  return a.name === b.name && a.country === b.country;
}

function datesAgree(a: EventDate, b: EventDate): boolean {
  if (a.precision === 'day' && b.precision === 'day') {
    const [a0, a1] = dayBounds(a);
    const [b0, b1] = dayBounds(b);
    // Two days the texts state are one day or two incidents (air raids on Sunday, a convoy hit on Monday
    // night); a day off is allowed only where one side is a stand-in (the day it was reported).
    const slack = a.approximate || b.approximate ? 1 : 0;
    return a0 - slack <= b1 && b0 - slack <= a1;
  }
  return a.precision === b.precision && a.start === b.start && (a.end ?? null) === (b.end ?? null);
}

function dayBounds(d: EventDate): [number, number] {
  const day = (iso: string | null | undefined, fallback: number) => {
    const p = iso ? parseIsoDate(iso) : undefined;
    return p ? dayNumber(p) : fallback;
  };
  const start = day(d.start, -Infinity);
  const end = d.end === undefined ? start : day(d.end, Infinity);
  return [start === -Infinity ? end : start, end];
}

/** The merged event: every mention, the most precise date, the most specific place, the highest toll. */
function combine(group: TimelineEvent[]): TimelineEvent {
  if (group.length === 1) return group[0]!;
  const [first] = group as [TimelineEvent, ...TimelineEvent[]];
  const best = <T>(pick: (e: TimelineEvent) => T | null | undefined, better: (x: T, y: T) => boolean) =>
    group.reduce<T | undefined>((acc, e) => {
      const v = pick(e);
      return v == null ? acc : acc === undefined || better(v, acc) ? v : acc;
    }, undefined);
  const date = best(
    (e) => e.date,
    (x, y) =>
      PRECISION_RANK[x.precision] < PRECISION_RANK[y.precision] ||
      (PRECISION_RANK[x.precision] === PRECISION_RANK[y.precision] && !x.approximate && y.approximate),
  );
  const union = (pick: (e: TimelineEvent) => readonly string[] | undefined) => [
    ...new Set(group.flatMap((e) => pick(e) ?? [])),
  ];
  const targets = union((e) => e.targets);
  const reportedBy = union((e) => e.reportedBy);
  // The event a lead tells is named by that lead's title; otherwise by the first member's.
  const titled = group.find((e) => e.mentions.some((m) => m.lead)) ?? first;
  return {
    ...first,
    title: titled.title,
    date: date ?? first.date,
    type: titled.type,
    actors: union((e) => e.actors),
    ...(targets.length ? { targets } : {}),
    location:
      best(
        (e) => e.location,
        (x, y) => x.lat !== null && y.lat === null,
      ) ?? null,
    fatalities:
      best(
        (e) => e.fatalities,
        (x, y) => x > y,
      ) ?? null,
    ...(reportedBy.length ? { reportedBy } : {}),
    mentions: group
      .flatMap((e) => e.mentions)
      .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start)),
  };
}
