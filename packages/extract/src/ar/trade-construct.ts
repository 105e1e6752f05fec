// «سائق سيارة الأجرة X», «صاحب محل الخضار X»: a trade's title in construct with what it works on, before a name.
import type { Token } from "../text/tokens.ts";
import { foldWord } from "./lexicon.ts";
import { bare, definiteWord, hasAl, isTitleWord, nameLike, titleHead } from "./phrase.ts";

/** Titles of a trade that take the thing worked on as their genitive. Folded. */
const TRADES = new Set(
  "سائق سائقة صاحب صاحبة مالك مالكة بائع بائعة تاجر تاجرة حارس حارسة عامل عاملة مدرب مدربة"
    .split(" ")
    .map(foldWord),
);

/**
 * Right after a bare trade title (toks[0]), a bare noun and its definite genitive, with a bare name word next:
 * the thing worked on («سيارة الأجرة», «محل الخضار»), part of the title. Returns 2, else 0.
 */
export function tradeObjectConstruct(text: string, toks: Token[]): number {
  const [title, thing, genitive, name] = [toks[0], toks[1], toks[2], toks[3]];
  if (!title?.word || hasAl(title) || !TRADES.has(foldWord(bare(title)))) return 0;
  if (!thing?.word || hasAl(thing) || !nameLike(text, thing) || isTitleWord(titleHead(thing.text))) return 0;
  return definiteWord(genitive) && name && nameLike(text, name) ? 2 : 0;
}
