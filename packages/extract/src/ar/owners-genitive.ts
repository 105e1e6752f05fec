// «الجامعة الوطنية لأرباب مدارس تعليم السياقة», «النقابة الوطنية لسائقي سيارات الأجرة»: a body named for the
// people who own, keep or drive something, and the genitive chain of what that is.
import { withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { FUNCTION_WORDS, foldWord, hasArticle } from "./lexicon.ts";

/** Owners, keepers and drivers in construct («أرباب», «أصحاب», «ملاك», «سائقي»). Folded. */
const OWNERS = new Set(["ارباب", "اصحاب", "ملاك", "مالكي", "سايقي"]);

/**
 * At `i` a ل-word of owners, then up to three bare nouns and the definite noun that closes the chain
 * («لأرباب مدارس تعليم السياقة», «لأصحاب المخابز»). Returns the tokens spanned (0 if none).
 */
export function ownersGenitive(toks: Token[], i: number): number {
  const t = toks[i];
  const b = t?.word ? withoutHarakat(t.text) : "";
  if (!/^ل[^ل]/u.test(b) || !OWNERS.has(foldWord(b.slice(1)))) return 0;
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    const w = toks[k] as Token;
    if (!w.word || FUNCTION_WORDS.has(foldWord(w.text)) || /^\p{N}/u.test(w.text)) return 0;
    if (hasArticle(w.text)) return k - i + 1;
  }
  return 0;
}
