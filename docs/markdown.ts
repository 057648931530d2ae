import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (this file lives in docs/). */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A file of the repository as text, by its path from the root. */
export function readRepositoryFile(relativePath: string): string {
  return readFileSync(path.join(repositoryRoot, relativePath), 'utf8');
}

/** The text under a heading (`## name`), up to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, '') === heading);
  if (start === -1) throw new Error(`no heading "${heading}"`);
  const level = lines[start].indexOf(' ');
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** The body of the first fenced code block of `language` in `markdown`. */
export function fencedBlock(markdown: string, language: string): string {
  const match = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'm').exec(markdown);
  if (!match) throw new Error(`no \`\`\`${language} block`);
  return match[1];
}

/**
 * The rows of the first table in `markdown`, as cells keyed by the header's names. A `|` inside a
 * cell is written `\|`, as GitHub's tables need; cells are trimmed and unescaped.
 */
export function tableRows(markdown: string): Record<string, string>[] {
  const lines = markdown.split('\n').filter((line) => line.trimStart().startsWith('|'));
  if (lines.length < 2) throw new Error('no table');
  const cells = (line: string): string[] =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replaceAll('\\|', '|'));
  const header = cells(lines[0]);
  return lines.slice(2).map((line) => Object.fromEntries(cells(line).map((cell, index) => [header[index], cell])));
}

/** The text of each inline code span in a cell: `` `a` or `b` `` gives ['a', 'b']. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
}
