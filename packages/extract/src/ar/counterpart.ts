// «في حين أكد نظيره الروسي سيرغي لافروف أن …»: a minister's counterpart («نظيره», «نظيرته») speaking, the
// nationality after it and maybe the counterpart's name. Elsewhere «نظيره» is the verb's object («التقى
// الوزير نظيره …»), so it only opens a subject right after the verb.
import type { Token } from "../text/tokens.ts";
import { HEARER_VERBS } from "./cues.ts";
import { FUNCTION_WORDS, foldWord } from "./lexicon.ts";
import { bare, COMMA, hasAl, isComplementizer, NAME_JOINERS, nameLike, verbLemma } from "./phrase.ts";
import { pureName } from "./pure-name.ts";

const COUNTERPART = /^(?:نظير|نظيرت)(?:ه|ها)$/u;
/** «الروسي», «الأمريكية»: a nationality with the article. */
const NATIONALITY = /^ال\p{L}{2,}(?:ي|ية)$/u;

/** The tokens of «نظيره الروسي [سيرغي لافروف]» right after a reporting verb (0 when it is not one). */
export function counterpartEnd(text: string, toks: Token[], from: number): number {
  const t0 = toks[0];
  if (!t0?.word || !COUNTERPART.test(bare(t0))) return 0;
  const lemma = verbLemma(text, from);
  if (lemma && HEARER_VERBS.has(lemma)) return 0;
  let i = 1;
  while (i < 3 && toks[i]?.word && NATIONALITY.test(bare(toks[i] as Token))) i++;
  const titled = i;
  while (
    i < titled + 5 &&
    toks[i]?.word &&
    !FUNCTION_WORDS.has(foldWord((toks[i] as Token).text)) &&
    (nameLike(text, toks[i] as Token) || (i > titled && hasAl(toks[i] as Token)))
  )
    i++;
  while (i > titled && NAME_JOINERS.has(bare(toks[i - 1] as Token))) i--;
  const next = toks[i];
  const closes = !next || COMMA.test(next.text) || next.text === ":" || isComplementizer(text, next);
  if (closes) return i;
  // an unclosed run is no name: keep the counterpart and its nationality
  return titled;
}

/** «نظيره الروسي سيرغي لافروف» → the name after the counterpart and its nationality (null if none). */
export function counterpartName(ws: string[]): { name: string | null; title: string } | null {
  if (!COUNTERPART.test(ws[0] ?? "")) return null;
  let i = 1;
  while (i < 3 && NATIONALITY.test(ws[i] ?? "")) i++;
  const name = ws.slice(i).join(" ");
  return { name: name && pureName(name) ? name : null, title: ws.slice(0, i).join(" ") };
}
