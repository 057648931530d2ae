import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from './markdown.js';

const NOT_OURS = new Set(['node_modules', 'dist', 'coverage', 'reports', '.git', '.tools', '.data', '.test-data']);

function markdownFiles(folder = repositoryRoot): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_OURS.has(entry.name)) return [];
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replaceAll(' ', '-');

const anchorsIn = (file: string): Set<string> =>
  new Set([...readFileSync(file, 'utf8').matchAll(/^#+ (.+)$/gm)].map(([, heading]) => anchorOf(heading.replaceAll('`', ''))));

/** Each link target in a markdown file that is not a web address: `[text](target)`, code blocks aside. */
function localLinks(file: string): string[] {
  const prose = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target).filter((target) => !/^[a-z]+:/.test(target));
}

describe('links in the repository’s markdown', () => {
  const files = markdownFiles();

  it('finds the documents', () => {
    const names = files.map((file) => path.relative(repositoryRoot, file));
    expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/architecture.md', 'docs/workflow.md']));
  });

  it.each(files.map((file) => [path.relative(repositoryRoot, file), file]))(
    '%s points only inside the repository, at what exists',
    (_, file) => {
      const broken = localLinks(file).filter((target) => {
        const [where, anchor] = target.split('#');
        const linked = where === '' ? file : path.resolve(path.dirname(file), where);
        if (path.relative(repositoryRoot, linked).startsWith('..') || path.isAbsolute(where)) return true;
        if (!existsSync(linked)) return true;
        return anchor !== undefined && linked.endsWith('.md') && !anchorsIn(linked).has(anchor);
      });
      expect(broken).toEqual([]);
    },
  );
});
