import * as chrono from 'chrono-node';
import { formatIsoDate, parseIsoDate } from '../src/schema/dates.js';
import type { Timex } from '../src/extract/timex/types.js';

/**
 * Time expressions as chrono-node finds them, resolved against the publication date `dct` (`YYYY-MM-DD`).
 * This is the baseline the temporal engine is measured against; chrono keeps which components the text
 * stated and which it implied, and the value written here goes only as far as the stated ones.
 */
export function chronoTimexes(text: string, dct: string): Timex[] {
  const ref = parseIsoDate(dct);
  if (!ref || ref.day === undefined)
    throw new RangeError(`dct must be a date written YYYY-MM-DD, got ${dct}`);
  // Noon local time: chrono reads the reference's local calendar fields, and noon keeps any time zone on
  // the same day.
  const instant = new Date(2000, 0, 1, 12);
  instant.setFullYear(ref.year, ref.month! - 1, ref.day);
  const out: Timex[] = [];
  for (const r of chrono.casual.parse(text, { instant }, { forwardDate: false })) {
    const c = r.start;
    const known = (k: chrono.Component) => c.isCertain(k);
    const year = c.get('year');
    const month = c.get('month');
    const day = c.get('day');
    if (year === null || month === null || day === null) continue;
    let value: string;
    let type: Timex['type'] = 'DATE';
    if (known('day') || known('weekday')) value = formatIsoDate({ year, month, day });
    else if (known('month')) value = formatIsoDate({ year, month });
    else if (known('year')) value = formatIsoDate({ year });
    else if (known('hour')) value = formatIsoDate({ year, month, day });
    else continue;
    if (known('hour')) {
      type = 'TIME';
      value += `T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
    }
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, type, value });
  }
  return out;
}
