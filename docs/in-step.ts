/**
 * Fails, saying what to change, when a document and the code list different things: each side's
 * items are compared as sets, so the message names exactly what one has and the other lacks.
 */
export function expectInStep(what: string, documented: Iterable<string>, inCode: Iterable<string>): void {
  const doc = new Set(documented);
  const code = new Set(inCode);
  const missing = [...code].filter((item) => !doc.has(item)).sort();
  const extra = [...doc].filter((item) => !code.has(item)).sort();
  if (missing.length === 0 && extra.length === 0) return;
  const list = (items: string[]): string => (items.length === 0 ? ' none' : items.map((item) => `\n    ${item}`).join(''));
  throw new Error(
    `${what}: the document is out of step with the code.\n  in the code, missing from the document:${list(missing)}\n  in the document, not in the code:${list(extra)}`,
  );
}
