// The outlet an unnamed source told, right after it: «وقالت مصادر قضائية ليورونيوز إن …».
import type { Token } from "../text/tokens.ts";
import { foldWord, isOrgHead, lamHead, PLACE_NOUNS, UNNAMED_SOURCE_TITLES } from "./lexicon.ts";
import { bare, hasAl, isComplementizer, isTitleWord, nameLike, titleHead } from "./phrase.ts";

/**
 * «مصادر قضائية ليورونيوز إن», «مسؤول أمني لسكاي نيوز إن»: after an unnamed source, «لـ» and a bare name right
 * before the clause (not a nisba, «مصدر أمني ليبي», nor a place or body, «لولاية سطيف», «لجنة», nor the genitive
 * of a body's bare head: «مصادر مصرف لبنان»).
 */
export function toldOutlet(text: string, toks: Token[], i: number): boolean {
  const [t0, b] = [toks[0] as Token, bare(toks[i] as Token)];
  if (hasAl(t0) || !UNNAMED_SOURCE_TITLES.has(foldWord(t0.text)) || !/^ل[^ل]\p{L}{2,}$/u.test(b))
    return false;
  const rest = foldWord(b.slice(1));
  const before = toks[i - 1];
  if (i > 1 && before?.word && !hasAl(before) && isOrgHead(foldWord(before.text))) return false;
  if (/(?:ي|ية|يين|يون)$/u.test(b) || isTitleWord(titleHead(b)) || PLACE_NOUNS.has(rest) || lamHead(rest))
    return false;
  const clause = [i + 1, i + 2].find((k) => toks[k]?.word && isComplementizer(text, toks[k] as Token));
  return clause !== undefined && toks.slice(i + 1, clause).every((x) => nameLike(text, x));
}
