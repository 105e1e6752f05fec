/**
 * "Trade has slumped, Graham said, because most growers …": after an interrupting speaker line and its comma,
 * "because" or "since" opens the speaker's reason for the words before, so the content goes on (unlike "as",
 * "when" or "while", the writer's circumstances of the saying).
 */
export const reasonResumesContent = (text: string, pos: number): boolean =>
  text[pos - 1] === "," && /^[\s\u00A0]*(?:because|since)[\s\u00A0]/.test(text.slice(pos, pos + 12));
