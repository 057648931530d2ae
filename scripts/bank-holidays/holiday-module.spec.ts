import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { readHolidayFile } from './holiday-file.js';
import { HOLIDAY_MODULE, mergeByYear, renderHolidayModule } from './holiday-module.js';

const root = path.resolve(import.meta.dirname, '..', '..');
/** The shared sample (2018–2027, copied verbatim) and 2017 from the list as it was typed before it was generated. */
const SOURCES = [
  'test/fixtures/bank-holidays/bank-holidays-england-and-wales.json',
  'test/fixtures/bank-holidays/england-and-wales-2017.gov-uk.json',
];

const readSource = async (source: string) => readHolidayFile(source, JSON.parse(await readFile(path.join(root, source), 'utf8')));

/** gov.uk's shape, cut down: other divisions, titles, notes and bunting are there and not read. */
const GOV_UK = {
  'england-and-wales': {
    division: 'england-and-wales',
    events: [
      { title: 'Christmas Day', date: '2026-12-25', notes: '', bunting: true },
      { title: 'New Year’s Day', date: '2026-01-01', notes: '', bunting: true },
      { title: 'Boxing Day', date: '2025-12-26', notes: '', bunting: true },
    ],
  },
  scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2026-11-30', notes: '', bunting: true }] },
  'northern-ireland': {
    division: 'northern-ireland',
    events: [{ title: 'St Patrick’s Day', date: '2026-03-17', notes: '', bunting: true }],
  },
};

describe('the generated bank-holiday module', () => {
  it('is what the generator writes from the shared sample and the 2017 file, so a hand edit fails here', async () => {
    const committed = await readFile(path.join(root, HOLIDAY_MODULE), 'utf8');
    const files = await Promise.all(SOURCES.map(readSource));
    expect(renderHolidayModule(mergeByYear(files), SOURCES)).toBe(committed);
  });

  it('is what the command line writes: --check passes on the committed files', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/regenerate-bank-holidays.ts', '--check', ...SOURCES],
      { cwd: root },
    );
    expect(stdout).toContain('2017: 8 holidays from test/fixtures/bank-holidays/england-and-wales-2017.gov-uk.json');
  });
});

describe('reading holiday files', () => {
  it("reads gov.uk's format, England and Wales only, by year and in date order", () => {
    const file = readHolidayFile('bank-holidays.json', GOV_UK);
    expect([...file.years]).toEqual([
      [2025, ['2025-12-26']],
      [2026, ['2026-01-01', '2026-12-25']],
    ]);
  });

  it('reads the flat list of one division', () => {
    const file = readHolidayFile('flat.json', { division: 'england-and-wales', dates: ['2019-01-01', '2018-12-26'] });
    expect([...file.years.keys()]).toEqual([2018, 2019]);
  });

  it('refuses another division, another shape, a day that does not exist and a day listed twice', () => {
    expect(() => readHolidayFile('s.json', { division: 'scotland', dates: ['2019-01-01'] })).toThrow(/s.json: .*"scotland"/);
    expect(() => readHolidayFile('s.json', { scotland: GOV_UK.scotland })).toThrow(/neither gov.uk/);
    expect(() => readHolidayFile('x.json', { 'england-and-wales': { division: 'scotland', events: [] } })).toThrow(/names its division/);
    expect(() => readHolidayFile('x.json', { division: 'england-and-wales', dates: ['2019-02-29'] })).toThrow(
      /"2019-02-29" is not a calendar date/,
    );
    expect(() => readHolidayFile('x.json', { division: 'england-and-wales', dates: ['2019-01-01', '2019-01-01'] })).toThrow(/listed twice/);
    expect(() => readHolidayFile('x.json', { division: 'england-and-wales', dates: [] })).toThrow(/no england-and-wales holidays/);
  });
});

describe('merging files by year', () => {
  const newer = readHolidayFile('newer.json', { division: 'england-and-wales', dates: ['2019-01-01', '2020-01-01'] });
  const older = readHolidayFile('older.json', { division: 'england-and-wales', dates: ['2018-01-01', '2019-01-01', '2019-12-25'] });

  it('takes each year whole from the first file that lists it', () => {
    const merged = mergeByYear([newer, older]);
    expect(merged.years).toEqual([
      { year: 2018, source: 'older.json', dates: ['2018-01-01'] },
      { year: 2019, source: 'newer.json', dates: ['2019-01-01'] },
      { year: 2020, source: 'newer.json', dates: ['2020-01-01'] },
    ]);
    expect([merged.firstYear, merged.lastYear]).toEqual([2018, 2020]);
  });

  it('refuses a gap between the first and the last year', () => {
    const gap = readHolidayFile('gap.json', { division: 'england-and-wales', dates: ['2016-01-01'] });
    expect(() => mergeByYear([newer, gap])).toThrow('no file lists 2017, 2018, between 2016 and 2020');
  });
});
