import type { Token } from "../text/tokens.ts";

/** Adverbs that link a sentence to the one before, set off by commas after its subject. */
const LINKING_ADVERB =
  /^(?:however|meanwhile|though|too|also|instead|moreover|likewise|nonetheless|nevertheless|in (?:turn|fact|contrast|response)|by contrast|for (?:his|her|their|its|our) part)$/i;
/** The index (nearest first) of the comma opening ", however," when toks[0] closes it, or -1. */
export function linkingAdverbEnd(toks: Token[]): number {
  for (let j = 2; j <= 5 && j < toks.length; j++) {
    if ((toks[j] as Token).text !== ",") continue;
    const words = toks.slice(1, j).reverse();
    if (!words.every((t) => t.word)) return -1;
    return LINKING_ADVERB.test(words.map((t) => t.text).join(" ")) ? j : -1;
  }
  return -1;
}

/** "said, however, that …": the index after a one-word linking adverb between commas at toks[i], else i. */
export function afterLinkingAdverb(toks: Token[], i: number): number {
  const adverb = toks[i + 1];
  return toks[i]?.text === "," &&
    adverb?.word &&
    toks[i + 2]?.text === "," &&
    LINKING_ADVERB.test(adverb.text) &&
    !/^(?:too|also)$/i.test(adverb.text)
    ? i + 3
    : i;
}

/** ", however" closing a content: the writer's sentence adverb, set against what came before, not the speaker's. */
const CLOSING_LINK = /,[\s\u00A0]+(?:however|nonetheless|nevertheless|meanwhile)$/i;
/** The content's end without a closing ", however" (a quotation's words are the speaker's and stay). */
export function withoutClosingLink(text: string, start: number, end: number): number {
  if (end - start < 24 || text.charCodeAt(end - 1) === 0x201d) return end;
  const m = CLOSING_LINK.exec(text.slice(end - 16, end));
  return m ? end - m[0].length : end;
}
