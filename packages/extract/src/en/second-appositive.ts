import { startsUppercase } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { particleName } from "./name-shape.ts";
import { TIME_NAMES } from "./person-words.ts";
import type { SourceSpan } from "./source.ts";

const LINK = /^(?:in|at|on|from|for|to|with|by|of|after|before|near|under)$/i;

/**
 * "Jill Harmon, the clerk of Hatley Township, another plaintiff, said": the phrase read before the verb
 * is a description with an appositive of its own ([start, end)), and a name stands before it between
 * commas — the name heads the speaker phrase. The name's start, or -1. `read` reads a phrase ending at
 * the first of its tokens (nearest first), as `subjectBefore` does.
 */
export function nameBeforeDescription(
  text: string,
  toks: Token[],
  start: number,
  end: number,
  read: (nearestFirst: Token[]) => SourceSpan | null,
): number {
  const det = text.slice(start, start + 4);
  if (!/^(?:the|a|an)\s/.test(det) || !text.slice(start, end).includes(",")) return -1;
  const k = toks.findIndex((t) => t.start === start);
  if (k < 0 || toks[k + 1]?.text !== "," || !startsUppercase(toks[k + 2]?.text ?? "")) return -1;
  const head = read(toks.slice(k + 2));
  if (!head || head.pronoun) return -1;
  const words = text.slice(head.start, head.end).split(/\s+/);
  if (words.length < 2 || !words.every((w) => startsUppercase(w) || particleName(w))) return -1;
  // ("On Tuesday, the Harbour Commission, the agency that …, said": an opening time adjunct is no name)
  if (LINK.test(words[0] as string) || words.some((w) => TIME_NAMES.has(w))) return -1;
  // (not a place after a preposition: "In North Carolina, the governor, a Democrat, said")
  const before = toks[toks.findIndex((t) => t.start === head.start) + 1];
  if (before?.word && LINK.test(before.text)) return -1;
  return head.start;
}

/**
 * "WFP's regional director for eastern Africa, Marta Lindqvist, told": toks[k] (nearest first) is a place
 * or body closing a role's "for/of/in" phrase, with a lowercase word between ("for eastern Africa").
 */
export function placeOfRole(toks: Token[], k: number): boolean {
  let j = k;
  while (j < k + 3 && startsUppercase(toks[j]?.text ?? "") && toks[j]?.word) j++;
  const lower = j;
  // (a lowercase modifier, not a determiner: "of the Malawi Defence Force, Lt. Col. X" is read as before)
  while (
    j < lower + 2 &&
    /^[a-z]+$/.test(toks[j]?.text ?? "") &&
    !LINK.test(toks[j]?.text ?? "") &&
    !/^(?:the|a|an)$/.test(toks[j]?.text ?? "")
  )
    j++;
  return j > lower && /^(?:for|of|in)$/.test(toks[j]?.text ?? "");
}

/**
 * "Johnnie Wilson, of Springfield, Va., said", "Donna Rawlings, 59, of Ashton, Md., who …": the hometown and
 * its state between commas after a name. `close` (nearest first) is the comma after the place, with the state
 * between it and toks[0]; the index of the name's last word, or -1.
 */
export function nameBeforeHometown(toks: Token[], close: number): number {
  if (
    close > 5 ||
    !startsUppercase(
      toks[close - 1]?.text === "." ? (toks[close - 2]?.text ?? "") : (toks[close - 1]?.text ?? ""),
    )
  )
    return -1;
  let j = close + 1;
  while (j < close + 4 && toks[j]?.word && startsUppercase(toks[j]?.text ?? "")) j++;
  if (j === close + 1 || toks[j]?.text !== "of" || toks[j + 1]?.text !== ",") return -1;
  let name = j + 2;
  if (/^\d{1,3}$/.test(toks[name]?.text ?? "") && toks[name + 1]?.text === ",") name += 2;
  return toks[name]?.word && startsUppercase(toks[name]?.text ?? "") ? name : -1;
}
