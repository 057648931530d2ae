import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expectInStep } from './in-step.js';
import { readRepositoryFile, repositoryRoot } from './markdown.js';

const FOLDER = 'docs/decisions';
const records = readdirSync(path.join(repositoryRoot, FOLDER))
  .filter((name) => /^\d{4}-.+\.md$/.test(name))
  .sort();

describe('docs/decisions', () => {
  it('numbers the records one after another from 0001', () => {
    expect(records.map((name) => Number(name.slice(0, 4)))).toEqual(records.map((_, index) => index + 1));
  });

  it('lists every record in its index, and no other', () => {
    const listed = [...readRepositoryFile(`${FOLDER}/README.md`).matchAll(/\]\((\d{4}-[^)]+\.md)\)/g)].map(([, name]) => name);
    expectInStep('the index of decision records', listed, records);
  });

  it.each(records)('%s has its number in the title, a status, context, decision and consequences', (name) => {
    const record = readRepositoryFile(`${FOLDER}/${name}`);
    expect(record.startsWith(`# ${name.slice(0, 4)}. `)).toBe(true);
    expect(record).toMatch(/^Status: /m);
    expect([...record.matchAll(/^## (.+)$/gm)].map(([, heading]) => heading)).toEqual(['Context', 'Decision', 'Consequences']);
  });
});
