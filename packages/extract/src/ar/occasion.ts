// The speaker's own occasion between the subject and the verb's object.
import { type Token, tokensForward } from "../text/tokens.ts";
import { foldArabicWord } from "./cues.ts";
import { foldWord, ORG_TITLES, PLACE_NOUNS, STATEMENT_NOUNS } from "./lexicon.ts";
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

/** «برئاسة», «بحضور», «بمشاركة»: ب-words that go on with the occasion, never a verb's object. */
const OCCASION_BA = /^ب(?:رئاسة|حضور|مشاركة)$/u;

/**
 * «وأقر المتهم في تحقيقات النيابة العامة بتلقي الأموال», «وطالب النواب في جلسة الأمس بإقالة الوزير»: where
 * a verb that takes «ب» has the place or occasion of its words first, its ب-object starts the content (not
 * a ب-town or a body's seat: «بالمدينة», «بمقر»). Returns where the ب-word is, else `from`.
 */
export function pastAdjunctBeforeBa(text: string, verbEnd: number, from: number, limit: number): number {
  const toks = tokensForward(text, from, limit, 30);
  if (toks[0]?.text !== "في" || !verbParticles(text, verbEnd)?.has("ب")) return from;
  // («صرح في مؤتمر صحفي بأنقرة، بأن …»: with the verb's clause after, the ب-word is a town; not the
  // «غير أنه» of a new clause)
  const comma = toks.findIndex((t) => t.text === "،" || t.text === ",");
  const clause = toks.findIndex(
    (t, k) => t.word && isComplementizer(text, t) && (comma < 0 || k <= comma + 1),
  );
  if (clause >= 0) return from;
  for (let k = 2; k < 9 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (!t.word) return from;
    const w = bare(t);
    // («في ختام بيانها بالجميع»: a statement noun begins with the letter)
    if (!/^ب\p{L}{3,}$/u.test(w) || OCCASION_BA.test(w) || STATEMENT_NOUNS.has(foldWord(w))) continue;
    const noun = foldWord(w.slice(1));
    if (!PLACE_NOUNS.has(noun) && !ORG_TITLES.has(noun) && toks[k + 1] !== undefined) return t.start;
  }
  return from;
}
