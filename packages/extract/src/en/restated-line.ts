import type { Draft } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";

/**
 * "Lane said she backed the plan because “rents are too high,” she said.": a second speaker line, a pronoun,
 * restating the claim whose speaker opens the sentence (not "The county will ask …, the mayor said"). The
 * earlier claim ends where the restatement starts; no claim of its own.
 */
export function restatesEarlierClaim(
  out: Draft[],
  content: [number, number],
  s: Sentence,
  before: string,
): boolean {
  // (the speaker line follows the content's closing punctuation: not a subject inside an opening quotation)
  if (!/[,.!?][”"’']?$/.test(before)) return false;
  const earlier = out.find(
    (o) =>
      o.mentionStart === content[0] &&
      o.mentionStart >= s.start &&
      o.contentEnd <= s.end &&
      o.cueStart > o.mentionStart &&
      o.contentStart >= o.cueEnd &&
      o.contentStart < content[1] &&
      o.contentEnd > content[1],
  );
  if (earlier) earlier.contentEnd = content[1];
  return !!earlier;
}
