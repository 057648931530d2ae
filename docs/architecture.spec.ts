import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { codeSpans, readRepositoryFile, repositoryRoot, section, tableRows } from './markdown.js';

interface CruiserRule {
  name: string;
  from: { path?: string };
  to: { path?: string | string[]; pathNot?: string | string[]; dependencyTypesNot?: string[]; circular?: boolean };
}

const cruiserRules = (): CruiserRule[] => createRequire(import.meta.url)(path.join(repositoryRoot, '.dependency-cruiser.cjs')).forbidden;

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : [value].flat());

const foldersIn = (parent: string): string[] =>
  readdirSync(path.join(repositoryRoot, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${parent}/${entry.name}`);

const isTest = (file: string): boolean => /\.(spec|integration-spec|e2e-spec)\.ts$/.test(file);

/** The libraries a part's code (tests aside) imports by name, itself excluded. */
function librariesImportedBy(part: string): string[] {
  const files = readdirSync(path.join(repositoryRoot, part), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !isTest(file),
  );
  const names = new Set<string>();
  for (const file of files) {
    const source = readFileSync(path.join(repositoryRoot, part, file), 'utf8');
    for (const [, name] of source.matchAll(/(?:from|import)\s*\(?\s*'(#[a-z-]+)'/g)) names.add(name);
  }
  names.delete(`#${path.basename(part)}`);
  return [...names].sort();
}

describe('docs/architecture.md', () => {
  const page = readRepositoryFile('docs/architecture.md');
  const parts = tableRows(section(page, 'The parts'));
  const partOf = (row: Record<string, string>): string => codeSpans(row.part)[0];

  it('lists every app and library, and nothing else', () => {
    expect(parts.map(partOf).sort()).toEqual([...foldersIn('apps'), ...foldersIn('libs')].sort());
  });

  it('gives each library the name package.json "imports" maps to its entry', () => {
    const imports: Record<string, string> = JSON.parse(readRepositoryFile('package.json')).imports;
    const documented = Object.fromEntries(
      parts
        .filter((row) => partOf(row).startsWith('libs/'))
        .map((row) => [codeSpans(row['imported as'])[0], `./${partOf(row)}/src/index.ts`]),
    );
    expect(documented).toEqual(imports);
  });

  it('says which libraries each part imports, as its code does', () => {
    const documented = Object.fromEntries(parts.map((row) => [partOf(row), [...codeSpans(row.imports)].sort()]));
    const actual = Object.fromEntries(parts.map((row) => [partOf(row), librariesImportedBy(partOf(row))]));
    expect(documented).toEqual(actual);
  });

  it('states every dependency-cruiser rule as configured, and no other', () => {
    const stated = tableRows(section(page, 'Which may import which')).map((row) => ({
      name: codeSpans(row.rule)[0],
      from: codeSpans(row['applies to']),
      refuses: [...codeSpans(row.refuses)].sort(),
    }));
    const configured = cruiserRules().map((rule) => ({
      name: rule.name,
      from: asList(rule.from.path),
      refuses: [
        ...asList(rule.to.path),
        ...asList(rule.to.pathNot),
        ...asList(rule.to.dependencyTypesNot),
        ...(rule.to.circular ? ['circular'] : []),
      ].sort(),
    }));
    expect(stated).toEqual(configured);
  });
});
