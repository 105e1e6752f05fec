// «أستاذ علم الحشرات الاقتصادية بجامعة أسيوط، الدكتور X، …»: a title's field of study or work before its workplace.
import type { Token } from "../text/tokens.ts";
import { affiliation } from "./affiliation.ts";
import { isFunctionWord, NAME_HONORIFIC, PERSON_TITLES } from "./lexicon.ts";
import { abbreviatedTitle, bare, COMMA, definiteWord, hasAl, nameLike, titleHead } from "./phrase.ts";
import { placeAfter } from "./workplace.ts";

/**
 * After a person's title at `i` (the title one word), a bare noun and its definite genitive chain («علم الحشرات
 * الاقتصادية», «طب الأطفال»), then the workplace («بجامعة أسيوط», «في جامعة حلب») and the comma of the apposition
 * that names the holder: all of it is the title. Returns the tokens from `i` up to the comma (0 if none).
 */
export function fieldBeforeWorkplaceEnd(text: string, toks: Token[], i: number): number {
  const field = toks[i];
  if (!field?.word || hasAl(field) || !nameLike(text, field) || isFunctionWord(field.text)) return 0;
  let j = i + 1;
  // («علوم الأرض والبيئة»: a second definite genitive joined by «و»)
  while (j < i + 4 && (definiteWord(toks[j]) || (j > i + 1 && joinedDefinite(toks[j])))) j++;
  if (j === i + 1) return 0;
  const where = placeAfter(text, toks, j) || affiliation(text, toks, j);
  if (!where) return 0;
  const workplace = j;
  j += where;
  // («أستاذ هندسة الطرق في كلية الهندسة بجامعة الكويت د. X»: the faculty, then its university; no comma, an
  // honorific opens the name)
  const university = placeAfter(text, toks, j);
  const honorific = (k: number): boolean =>
    abbreviatedTitle(toks, k) > 0 ||
    (!!toks[k]?.word && NAME_HONORIFIC.test(bare(toks[k] as Token)) && !!toks[k + 1]?.word);
  // (the workplace read may run on into the honorific: «في جامعة بغداد الدكتور»)
  for (let k = workplace + 2; k <= j + university; k++) if (honorific(k)) return k - i;
  const [comma, next] = [toks[j], toks[j + 1]];
  if (!comma || !COMMA.test(comma.text) || !next?.word) return 0;
  const named =
    NAME_HONORIFIC.test(bare(next)) ||
    PERSON_TITLES.has(titleHead(next.text)) ||
    (!hasAl(next) && nameLike(text, next));
  return named ? j - i : 0;
}

/** «والبيئة»: «و» and a definite word, joined to the genitive before it. */
const joinedDefinite = (t: Token | undefined): boolean => !!t?.word && /^وال[\p{L}]{2,}$/u.test(bare(t));
