import { PART_OF_DAY, parsePartOfDay } from '../lexicon.js';
import { addDays, dayPoint, type PartOfDay } from '../point.js';
import { date, storyDay, type TimexRule } from '../rule.js';

// Times of day: "5 p.m.", "10:30 a.m. GMT", "noon", "this morning", "last night", "tonight",
// "yesterday afternoon". The day is the DCT's unless the expression names another.

export const timeRules: TimexRule[] = [
  {
    name: 'clock-time',
    pattern:
      /(?<![\d:.])(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\d))?\s*(?<ap>a\.m\.|p\.m\.|am\b|pm\b|a\.m|p\.m)(?:\s+(?:local time|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET))?/,
    resolve: (m, ctx) => {
      let hour = Number(m.groups.h) % 12;
      if (/^p/i.test(m.groups.ap!)) hour += 12;
      const minute = m.groups.mi ? Number(m.groups.mi) : 0;
      return date({ ...dayPoint(storyDay(ctx)), granularity: 'minute', hour, minute }, 'anchor');
    },
  },
  {
    name: 'clock-time-24h',
    pattern:
      /(?<![\d:.])(?<h>[01]\d|2[0-3]):(?<mi>[0-5]\d)(?:\s*(?:hours|hrs|h\b))?(?=\s+(?:local time|GMT|UTC|EST|EDT|CET|BST|hours|hrs))(?:\s+(?:local time|GMT|UTC|EST|EDT|CET|BST))?/,
    resolve: (m, ctx) =>
      date(
        {
          ...dayPoint(storyDay(ctx)),
          granularity: 'minute',
          hour: Number(m.groups.h),
          minute: Number(m.groups.mi),
        },
        'dct',
      ),
  },
  {
    name: 'noon-midnight',
    pattern: /\b(?<w>noon|midday|midnight)\b/,
    resolve: (m, ctx) => {
      const w = m.groups.w!.toLowerCase();
      return date(
        { ...dayPoint(storyDay(ctx)), granularity: 'minute', hour: w === 'midnight' ? 24 : 12, minute: 0 },
        'dct',
      );
    },
  },
  {
    name: 'deictic-part-of-day',
    pattern: new RegExp(
      `\\b(?:(?<d>this|yesterday|tomorrow|last|(?:early|late)\\s+(?:this|yesterday|tomorrow))\\s+(?<pod>${PART_OF_DAY})|(?<t>tonight|overnight))\\b`,
    ),
    resolve: (m, ctx) => {
      const d = (m.groups.d ?? '').toLowerCase();
      // "Overnight" is the night before the day the story is at, and leaves the story on that day.
      if (m.groups.t?.toLowerCase() === 'overnight') {
        const day = storyDay(ctx);
        return {
          ...date(
            { ...dayPoint(addDays(day, -1)), granularity: 'partOfDay', partOfDay: 'NI' },
            day === ctx.dct ? 'dct' : 'anchor',
          ),
          movesAnchor: false,
        };
      }
      const pod: PartOfDay | undefined = m.groups.t ? 'NI' : parsePartOfDay(m.groups.pod!);
      if (!pod) return undefined;
      const n = /yesterday/.test(d) || d === 'last' ? -1 : /tomorrow/.test(d) ? 1 : 0;
      return date({ ...dayPoint(addDays(ctx.dct, n)), granularity: 'partOfDay', partOfDay: pod }, 'dct');
    },
  },
];
