// «علي» after a reporting verb: the name Ali, or the preposition «على» written with a dotted ya, as much of the
// press writes it («أكد علي ضرورة …»). Read as the name only where a clause opens right after the name.
import { withoutHarakat } from "../text/chars.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { hasArticle } from "./lexicon.ts";
import { COMMA, isComplementizer, nameLike } from "./phrase.ts";

const bareOf = (t: Token | undefined): string => withoutHarakat(t?.text ?? "");

/**
 * Whether the «علي» at `from` is the speaker Ali: «وقال علي حسن إن …», «وأكد علي عبد الله أن …». After a verb
 * that takes «على» («أكد على», «شدد على») a name must follow it, and its first word must not be a noun in ة
 * («أكد علي أهمية أن …», «شدد علي ضرورة أن …»).
 */
export function aliNamesSpeaker(text: string, from: number, limit: number, takesAla: boolean): boolean {
  const toks = tokensForward(text, from, limit, 6);
  if (withoutHarakat(toks[0]?.text ?? "") !== "علي") return false;
  let i = 1;
  while (i < 4) {
    const t = toks[i];
    if (!t?.word || isComplementizer(text, t)) break;
    // «علي الأحمد» after «قال»; «عبد الله», «عبد الرحمن» after any verb
    const family = hasArticle(t.text) && (!takesAla || bareOf(toks[i - 1]) === "عبد");
    if (!nameLike(text, t) && !family) break;
    if (i === 1 && /ة$/u.test(withoutHarakat(t.text))) return false;
    i++;
  }
  const after = toks[i];
  if (!after || (takesAla && i === 1)) return false;
  // «وأشار علي حسن إلى أن …», «وحذر علي حسن من أن …»: the verb's particle, then the clause
  const clause = toks[i + 1];
  const particled = PARTICLE_BEFORE_CLAUSE.test(bareOf(after)) && !!clause && isComplementizer(text, clause);
  return isComplementizer(text, after) || COMMA.test(after.text) || particled;
}

const PARTICLE_BEFORE_CLAUSE = /^(?:إلى|الى|من|عن)$/u;
