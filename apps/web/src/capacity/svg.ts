/** Text and attribute values inside SVG markup, escaped once here so no caller forgets. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A number for a coordinate: two decimals are finer than any screen or printer needs. */
export function coordinate(value: number): string {
  return String(Math.round(value * 100) / 100);
}
