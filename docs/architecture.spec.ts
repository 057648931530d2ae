import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expectInStep } from './in-step.js';
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

/** One line per rule: its name, where it applies and the patterns of what it refuses, in a fixed order. */
const describeRule = (name: string, from: string[], refuses: string[]): string =>
  `${name}: from ${from.join(' ') || 'anywhere'}, refusing ${[...refuses].sort().join(' ')}`;

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
    expectInStep('the parts', parts.map(partOf), [...foldersIn('apps'), ...foldersIn('libs')]);
  });

  it('gives each library the name package.json "imports" maps to its entry', () => {
    const imports: Record<string, string> = JSON.parse(readRepositoryFile('package.json')).imports;
    const documented = parts
      .filter((row) => partOf(row).startsWith('libs/'))
      .map((row) => `${codeSpans(row['imported as'])[0]} → ./${partOf(row)}/src/index.ts`);
    expectInStep(
      'the names of the libraries',
      documented,
      Object.entries(imports).map(([name, entry]) => `${name} → ${entry}`),
    );
  });

  it('says which libraries each part imports, as its code does', () => {
    const documented = parts.flatMap((row) => codeSpans(row.imports).map((name) => `${partOf(row)} imports ${name}`));
    const actual = parts.flatMap((row) => librariesImportedBy(partOf(row)).map((name) => `${partOf(row)} imports ${name}`));
    expectInStep('what each part imports', documented, actual);
  });

  it('states every dependency-cruiser rule as configured, and no other', () => {
    const stated = tableRows(section(page, 'Which may import which')).map((row) =>
      describeRule(codeSpans(row.rule)[0], codeSpans(row['applies to']), codeSpans(row.refuses)),
    );
    const configured = cruiserRules().map((rule) =>
      describeRule(rule.name, asList(rule.from.path), [
        ...asList(rule.to.path),
        ...asList(rule.to.pathNot),
        ...asList(rule.to.dependencyTypesNot),
        ...(rule.to.circular ? ['circular'] : []),
      ]),
    );
    expectInStep('the layer rules (.dependency-cruiser.cjs)', stated, configured);
  });
});
