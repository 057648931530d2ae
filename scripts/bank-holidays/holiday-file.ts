import { isIsoDate, type IsoDate } from '#domain';

/** The division whose holidays the project counts working days by. */
export const DIVISION = 'england-and-wales';

/** One file's England-and-Wales holidays, by year, in date order. */
export interface HolidayFile {
  /** Where it was read from, as the generated module's header names it. */
  source: string;
  years: ReadonlyMap<number, readonly IsoDate[]>;
}

interface GovUkEvent {
  title?: unknown;
  date?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The dates a holiday file lists for England and Wales. Two shapes are read:
 * - gov.uk's https://www.gov.uk/bank-holidays.json: `{"england-and-wales": {"division", "events": [{"title", "date", "notes",
 *   "bunting"}]}, "scotland": …, "northern-ireland": …}`; the other divisions are not read;
 * - a flat list of one division, `{"division": "england-and-wales", "note"?, "dates": ["YYYY-MM-DD", …]}`.
 * Anything else, another division, a date that is not a calendar day or a date listed twice is refused.
 */
export function readHolidayFile(source: string, json: unknown): HolidayFile {
  const refuse = (why: string): never => {
    throw new Error(`${source}: ${why}`);
  };
  let dates: unknown[];
  if (isRecord(json) && isRecord(json[DIVISION])) {
    const division = json[DIVISION];
    if (division.division !== DIVISION) refuse(`the "${DIVISION}" entry names its division ${JSON.stringify(division.division)}`);
    if (!Array.isArray(division.events)) refuse(`"${DIVISION}" has no "events" list`);
    dates = (division.events as GovUkEvent[]).map((event) => (isRecord(event) ? event.date : undefined));
  } else if (isRecord(json) && Array.isArray(json.dates)) {
    if (json.division !== DIVISION) refuse(`the list is for division ${JSON.stringify(json.division)}, not "${DIVISION}"`);
    dates = json.dates;
  } else {
    return refuse(`neither gov.uk's bank-holidays.json (with "${DIVISION}" events) nor a {"division", "dates"} list`);
  }
  const years = new Map<number, IsoDate[]>();
  const seen = new Set<IsoDate>();
  for (const date of dates) {
    if (!isIsoDate(date)) return refuse(`${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD)`);
    if (seen.has(date)) refuse(`${date} is listed twice`);
    seen.add(date);
    const year = Number(date.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), date]);
  }
  if (years.size === 0) refuse(`no ${DIVISION} holidays`);
  const sorted = new Map([...years].sort(([a], [b]) => a - b).map(([year, list]) => [year, [...list].sort()] as const));
  return { source, years: sorted };
}
