// «وقال شهود عيان تحدثوا لرويترز إن …», «وأفاد مواطنون التقتهم الصحيفة في السوق بأنهم …»: how the
// outlet reached an unnamed group is a relative clause on it, neither its name nor the reported content.
import type { Token } from "../text/tokens.ts";
import { foldArabicWord } from "./cues.ts";
import { bare, hasAl, isComplementizer, nameLike } from "./phrase.ts";

/** «تحدثوا لـ/إلى/مع», «تحدث للصحيفة»: spoke to the outlet (needs the hearer's particle). Folded. */
const SPOKE = /^تحدث(?:ت|وا|ن)?$/u;
/** «التقتهم», «قابلتها», «سألناهم», «استطلعت آراءهم»: met or asked by the outlet (the pronoun is the group). Folded. */
const MET = /^(?:التق(?:ت|ي|ينا)?|التقا|قابل(?:ت|نا)?|سال(?:ت|نا)?)(?:ه|ها|هم|هن)$|^استطلعت?$/u;

/** The token at `k` opens a relative clause telling how the outlet reached the speaker. */
export function contactVerbAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t?.word) return false;
  const f = foldArabicWord(bare(t));
  if (MET.test(f)) return true;
  const to = toks[k + 1];
  // («سماسرة تحدثت إليهم "الصحيفة"»: the group as the particle's pronoun, the outlet the verb's subject)
  return SPOKE.test(f) && !!to?.word && /^(?:ل|الى$|إلى$|مع$|(?:[إا]لي|مع)(?:ه|ها|هم|هن)$)/u.test(bare(to));
}

/**
 * The unnamed speaker before a contact clause: one to three indefinite words («شهود عيان», «مواطنون»,
 * «سكان محليون») and then the clause, which runs to the complementizer. Returns how many tokens the
 * speaker spans (0 when the words do not read so).
 */
export function contactedGroupEnd(text: string, toks: Token[]): number {
  for (let k = 1; k <= 3; k++) {
    const words = toks.slice(0, k);
    if (!words.every((w) => nameLike(text, w) && !hasAl(w))) return 0;
    if (!contactVerbAt(toks, k)) continue;
    for (let j = k + 1; j < Math.min(toks.length, k + 14); j++) {
      const t = toks[j] as Token;
      if (isComplementizer(text, t) || t.text === ":") return k;
      if (t.text === "." || t.text === "؟") return 0;
    }
    return 0;
  }
  return 0;
}
