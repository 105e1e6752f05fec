/** "“My hope,” he said, “is …”": a quotation resumes right after the comma following the cue. */
export const resumesQuote = (text: string, pos: number): boolean =>
  text[pos - 1] === "," && /^[\s\u00A0]*[“"«‘']/.test(text.slice(pos, pos + 3));
/** Ends with a closing quote mark (”, ", ’), or with '' after , . ? or ! */
export function endsWithQuoteMark(s: string): boolean {
  const last = s.charAt(s.length - 1);
  if (last === "”" || last === '"' || last === "’") return true;
  return s.length >= 3 && s.endsWith("''") && ",.?!".includes(s.charAt(s.length - 3));
}
