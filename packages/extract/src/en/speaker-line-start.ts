/**
 * "“As a nurse I’d rather live in what he calls “hell” than …” ― Ana Ruiz": a quotation that opens the line and
 * closes before the speaker's dash is the whole line, even when a quote inside it was written with the same marks
 * (which pairs the marks wrongly). No other speaker's dash may stand between. Returns the content's start.
 */
export function speakerLineStart(text: string, quoteStart: number, quoteEnd: number): number {
  const lineStart = text.lastIndexOf("\n", quoteEnd - 1) + 1;
  if (lineStart >= quoteStart) return quoteStart;
  const c = text[lineStart];
  if (c !== "“" && c !== '"') return quoteStart;
  const between = text.slice(lineStart, quoteStart);
  return /[―—–]/.test(between) ? quoteStart : lineStart;
}
