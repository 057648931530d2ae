import { ACCORD_ERROR_CODES } from '#domain';
import { describeAccordError } from '../apps/api/src/problem-details/accord-error-status.js';
import { retryAfterSeconds } from '../apps/api/src/problem-details/retry-after.js';
import { expectInStep } from './in-step.js';
import { codeSpans, readRepositoryFile, section, tableRows } from './markdown.js';

interface DocumentedCode {
  code: string;
  status: number;
  retryAfter: string;
}

function documentedCodes(markdown: string): DocumentedCode[] {
  return tableRows(markdown).map((row) => ({ code: codeSpans(row.code)[0], status: Number(row.status), retryAfter: row['Retry-After'] }));
}

/** The Retry-After cell as the code would write it: seconds, or — when none is sent. */
const retryAfterCell = (code: string): string => String(retryAfterSeconds(code) ?? '—');

describe('docs/api.md', () => {
  const page = readRepositoryFile('docs/api.md');
  const domainCodes = documentedCodes(section(page, 'Codes from the domain'));
  const otherCodes = documentedCodes(section(page, 'Codes from HTTP and the database'));

  it('lists every domain error code, and no other', () => {
    expectInStep(
      'the domain error codes',
      domainCodes.map(({ code }) => code),
      ACCORD_ERROR_CODES,
    );
  });

  it('gives each domain error code the status and Retry-After the API sends', () => {
    const row = (code: string, status: number, retryAfter: string): string => `${code}: ${status}, Retry-After ${retryAfter}`;
    expectInStep(
      'the statuses of the domain error codes',
      domainCodes.map(({ code, status, retryAfter }) => row(code, status, retryAfter)),
      ACCORD_ERROR_CODES.map((code) => row(code, describeAccordError(code).status, retryAfterCell(code))),
    );
  });

  it('keeps the codes of HTTP and the database apart from the domain’s, with their Retry-After', () => {
    const codes = otherCodes.map(({ code }) => code);
    expect(codes.filter((code) => (ACCORD_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
    const fixed = otherCodes.filter(({ retryAfter }) => retryAfter !== 'varies');
    expectInStep(
      'the Retry-After of the codes of HTTP and the database',
      fixed.map(({ code, retryAfter }) => `${code}: ${retryAfter}`),
      fixed.map(({ code }) => `${code}: ${retryAfterCell(code)}`),
    );
  });
});
