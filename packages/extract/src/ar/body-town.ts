// «مسؤول في هيئة الموانئ بالإسكندرية إن …»: the town a body is in, a definite ب-word after the body's name.
import type { Token } from "../text/tokens.ts";
import { ADJUNCT_STARTS, FUNCTION_WORDS, foldWord, ORG_TITLES } from "./lexicon.ts";
import { bare, isComplementizer, titleHead, verbParticles } from "./phrase.ts";

/** «بالتعاون», «بالإضافة», «بالاستمرار», «بالتنسيق»: a ب-verbal noun of a derived form is no town. */
const VERBAL_NOUN =
  /^بال(?:ت\p{L}\p{L}[اي]\p{L}|[اإأ]\p{L}\p{L}ا\p{L}|ا\p{L}ت\p{L}ا\p{L}|است\p{L}\p{L}ا\p{L})$/u;

/**
 * «مسؤول في هيئة الموانئ بالإسكندرية إن …», «مديرة مستشفى الأطفال بالخرطوم: …»: after a phrase that names a
 * body, a definite ب-word closed by a complementizer or a colon is the town the body is in (a place
 * name, not a noun the lexicon knows). Not after a verb that takes ب («أشاد مسؤول في الوزارة بالاتفاق،»).
 * Returns the tokens it spans (0 or 1).
 */
export function townAfterBody(text: string, toks: Token[], i: number, verbEnd: number): number {
  const t = toks[i];
  const next = toks[i + 1];
  if (i < 2 || !t?.word || !/^بال\p{L}{3,}$/u.test(bare(t)) || VERBAL_NOUN.test(bare(t))) return 0;
  const f = foldWord(bare(t).slice(1));
  if (FUNCTION_WORDS.has(f) || ADJUNCT_STARTS.has(f)) return 0;
  // (a comma may close the verb's object instead: «أشادت هيئة الرقابة بالحكم، مؤكدة …»)
  const closed = !!next && (next.text === ":" || isComplementizer(text, next));
  if (!closed || verbParticles(text, verbEnd)?.has("ب")) return 0;
  return toks.slice(0, i).some((w) => w.word && ORG_TITLES.has(titleHead(w.text))) ? 1 : 0;
}
