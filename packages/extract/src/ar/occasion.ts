// The speaker's own occasion between the subject and the verb's object.
import { type Token, tokensForward } from "../text/tokens.ts";
import { foldArabicWord } from "./cues.ts";
import { bare, isComplementizer, verbParticles } from "./phrase.ts";

/** «خلال», «أثناء», «عقب», «لدى»: what opens an occasion. */
const OCCASION_OPENERS = new Set(["خلال", "أثناء", "اثناء", "عقب", "لدى", "في"]);
/** «لقائه», «استقبالها», «اجتماعهم»: a noun of the speaker's own doing, with the speaker's pronoun. */
const OWN_DOING = /^\p{L}{3,}(?:ه|ها|هم|هما)$/u;

/**
 * «وأعرب الوزير خلال استقباله السفير الفرنسي في مكتبه عن تقديره …», «ودعا خلال اجتماعه بالمحافظين في
 * العاصمة إلى …»: an occasion named by the speaker's own doing, with its object and place, stands before
 * the verb's own particle (not «ب», which the occasion's object takes too). Returns where that particle is,
 * else `from`.
 */
export function pastOwnOccasion(text: string, verbEnd: number, from: number, limit: number): number {
  const toks = tokensForward(text, from, limit, 14);
  const [opener, doing] = toks;
  if (!opener?.word || !OCCASION_OPENERS.has(bare(opener)) || !doing?.word || !OWN_DOING.test(bare(doing)))
    return from;
  const own = [...(verbParticles(text, verbEnd) ?? [])].filter((p) => p !== "ب");
  if (!own.length) return from;
  for (let k = 2; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (!t.word || isComplementizer(text, t)) return from;
    if (own.includes(foldArabicWord(t.text)) && toks[k + 1]?.word) return t.start;
  }
  return from;
}
