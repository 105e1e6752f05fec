import type { Token } from "../text/tokens.ts";
import { ADJUNCT_STARTS, foldWord } from "./lexicon.ts";
import { bare, isComplementizer } from "./phrase.ts";

/** «مطلعة», «مقربة», «قريبة», «المطلعون»: a source described by what it knows or whom it is close to. */
const INFORMED = /^(?:ال)?(?:مطلع|مقرب|قريب)(?:ة|ون|ين|ان|تان)?$/u;
const CLOSER = /^[،,:]$/u;
const QUOTE = /^["«»“”]$/u;

/**
 * «مصادر مطلعة على أجواء القصر», «أوساط قريبة من رئيس الحكومة»: the «على/من» phrase after the adjective at
 * `from - 1` (or at `from`) is part of the source's description up to a complementizer, a comma or an adjunct («لـ"النهار"»,
 * «أمس»). Returns the tokens it adds (0 if none or if the phrase runs on into something else).
 */
export function informedOfEnd(text: string, toks: Token[], from: number): number {
  // the adjective may still be outside the phrase read so far: «أوساط قريبة من …», «مسؤولون مطلعون على …»
  const taken = toks[from]?.word && INFORMED.test(bare(toks[from] as Token)) ? 1 : 0;
  const i = from + taken;
  const [adj, prep] = [toks[i - 1], toks[i]];
  if (!adj?.word || !INFORMED.test(bare(adj)) || !prep?.word || !/^(?:على|من)$/u.test(bare(prep))) return 0;
  let words = 0;
  for (let k = i + 1; k < toks.length && k < i + 9; k++) {
    const t = toks[k] as Token;
    const ends =
      (!t.word && CLOSER.test(t.text)) ||
      (t.word && (isComplementizer(text, t) || ADJUNCT_STARTS.has(foldWord(t.text)) || /^لـ/u.test(t.text)));
    if (ends) return words > 0 ? k - from : 0;
    if (!t.word && !QUOTE.test(t.text)) return 0;
    if (t.word && ++words > 5) return 0;
  }
  return 0;
}
