// The speaker's own occasion between the subject and the verb's object.

import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { BA_SHORT_VERBAL_NOUN } from "./ba-nouns.ts";
import type { Cue } from "./cue-finder.ts";
import { foldArabicWord, VERB_FORMS } from "./cues.ts";
import { foldWord, ORG_TITLES, OWN_DOING, PLACE_NOUNS, STATEMENT_NOUNS } from "./lexicon.ts";
import { bare, isComplementizer, OCCASIONS, verbParticles } from "./phrase.ts";

/** «خلال», «أثناء», «عقب», «لدى»: what opens an occasion. */
const OCCASION_OPENERS = new Set(["خلال", "أثناء", "اثناء", "عقب", "لدى", "في"]);

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

/** «بمقر البرلمان», «بالعاصمة», «بقاعة …»: where a meeting was held, after «ب». Folded. */
const SEATS = new Set(["مقر", "عاصمة", "ساحة", "شارع", "قاعة", "مبنى"].map(foldWord));

/** «برئاسة», «بحضور», «بمشاركة»: ب-words that go on with the occasion, never a verb's object. */
const OCCASION_BA = /^ب(?:رئاسة|حضور|مشاركة)$/u;

/** The prepositions that open the place or occasion of a statement, «أمام البرلمان» too. */
const STATEMENT_OCCASION_OPENERS = new Set([...OCCASION_OPENERS, "أمام"]);

/**
 * «وأقر المتهم في تحقيقات النيابة العامة بتلقي الأموال», «وطالب النواب في جلسة الأمس بإقالة الوزير»: where
 * a verb that takes «ب» has the place or occasion of its words first, its ب-object starts the content (not
 * a ب-town or a body's seat: «بالمدينة», «بمقر»). Returns where the ب-word is, else `from`.
 */
export function pastAdjunctBeforeBa(text: string, verbEnd: number, from: number, limit: number): number {
  const toks = tokensForward(text, from, limit, 30);
  // («وتعهد الوزير X خلال الجلسة بخفض …», «أثناء لقائه», «عقب الاجتماع», «أمام البرلمان»: the occasion too)
  const opener = toks[0];
  if (
    !opener?.word ||
    !STATEMENT_OCCASION_OPENERS.has(bare(opener)) ||
    !verbParticles(text, verbEnd)?.has("ب")
  )
    return from;
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
    if (
      (!/^ب\p{L}{3,}$/u.test(w) && !BA_SHORT_VERBAL_NOUN.test(w)) ||
      OCCASION_BA.test(w) ||
      STATEMENT_NOUNS.has(foldWord(w))
    )
      continue;
    const noun = foldWord(w.slice(1));
    if (!PLACE_NOUNS.has(noun) && !SEATS.has(noun) && !ORG_TITLES.has(noun) && toks[k + 1] !== undefined)
      return t.start;
  }
  return from;
}

/**
 * «وفي تصريح للوكالة طالب …», «وفي مؤتمر صحفي أكد الوزير …»: the occasion put before the verb with no
 * comma; the verb still opens its clause and its subject follows it.
 */
export function afterOccasion(text: string, s: Sentence, cue: Cue): boolean {
  const lead = text.slice(s.start, cue.start);
  const m =
    /(?:^|[،,:؛;.!؟][\s\u00A0]*)[وف]?(?:في|خلال)[\s\u00A0]+(?:ال)?([\p{L}\p{M}]+)((?:[\s\u00A0]+[\p{L}\p{M}]+){0,3})[\s\u00A0]*$/u.exec(
      lead,
    );
  // «من جانبه أوضح …», «من جهتها أكدت …»: the turn to a new speaker, with no comma
  if (/(?:^|[،,:؛;.!؟][\s\u00A0]*)[وف]?من[\s\u00A0]+(?:جانب|جهت)(?:ه|ها|هم|هما)[\s\u00A0]*$/u.test(lead))
    return true;
  if (!m?.[1]) return false;
  // «في بيان أصدرته الوزارة قالت فيه …» is read elsewhere; a word with «فيه» is a clause on the occasion
  if (/(?:فيه|فيها)(?![\p{L}\p{M}])/u.test(m[2] ?? "")) return false;
  // «وفي دمشق قال اللواء …», «وفي السياق ذاته قال …»: a place or a frame put first, its words no clause
  return OCCASIONS.test(m[1]) || plainFrame(`${m[1]}${m[2] ?? ""}`);
}

/** «دمشق», «السياق ذاته», «العاصمة السورية»: frame words with no verb, relative or complementizer in them. */
const plainFrame = (words: string): boolean =>
  words
    .split(/[\s\u00A0]+/u)
    .filter(Boolean)
    .every(
      (w) =>
        !VERB_FORMS.has(foldArabicWord(w)) &&
        !/^(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|ما|من|حين|وقت|أن|إن|ان|بأن|لأن|كما)$/u.test(w),
    );
