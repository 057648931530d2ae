// Writes libs/domain/src/england-and-wales-bank-holidays.generated.ts from bank-holiday files in
// gov.uk's format (https://www.gov.uk/bank-holidays.json, saved to a file: machines here have no
// internet) or the flat {"division", "dates"} list. Files go into test/fixtures/bank-holidays/ first,
// so that the unit test can regenerate the module from them and catch a hand edit.
//
//   npx tsx scripts/regenerate-bank-holidays.ts [--check] newest.json [older.json …]
//
// Each year comes whole from the first file that lists it. The years the committed list covers are
// kept: a run that would drop one is refused (pass the older file too), unless --drop-years.
// --check writes nothing and fails when the committed module differs from what the files give.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readHolidayFile } from './bank-holidays/holiday-file.js';
import { HOLIDAY_MODULE, mergeByYear, renderHolidayModule } from './bank-holidays/holiday-module.js';

const root = path.resolve(import.meta.dirname, '..');

async function main(args: readonly string[]): Promise<number> {
  const check = args.includes('--check');
  const dropYears = args.includes('--drop-years');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npx tsx scripts/regenerate-bank-holidays.ts [--check] [--drop-years] newest.json [older.json …]');
    return 2;
  }
  const sources = files.map((file) => path.relative(root, path.resolve(file)).split(path.sep).join('/'));
  const outside = sources.filter((source) => source.startsWith('../') || path.isAbsolute(source));
  if (outside.length > 0) {
    console.error(
      `copy ${outside.join(', ')} into test/fixtures/bank-holidays/ first: the module is regenerated from files in the repository`,
    );
    return 2;
  }
  const read = await Promise.all(
    sources.map(async (source) => readHolidayFile(source, JSON.parse(await readFile(path.join(root, source), 'utf8')) as unknown)),
  );
  const merged = mergeByYear(read);
  const target = path.join(root, HOLIDAY_MODULE);
  const committed = existsSync(target) ? await readFile(target, 'utf8') : '';
  const covered = /firstYear: (\d+), lastYear: (\d+)/.exec(committed);
  if (covered && !dropYears) {
    const dropped = [Number(covered[1]), Number(covered[2])].filter((year) => year < merged.firstYear || year > merged.lastYear);
    if (dropped.length > 0) {
      console.error(
        `the list covers ${covered[1]}–${covered[2]}; these files give ${merged.firstYear}–${merged.lastYear}. ` +
          'Pass an older file after the newer one for the missing years, or --drop-years to shrink the list on purpose.',
      );
      return 1;
    }
  }
  const text = renderHolidayModule(merged, sources);
  for (const { year, source, dates } of merged.years) console.log(`${year}: ${dates.length} holidays from ${source}`);
  if (check) {
    if (text === committed) return 0;
    console.error(`${HOLIDAY_MODULE} differs from what these files give: regenerate it rather than editing it`);
    return 1;
  }
  await writeFile(target, text);
  console.log(`wrote ${HOLIDAY_MODULE}, ${merged.firstYear}–${merged.lastYear}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
