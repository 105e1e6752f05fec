import { lowerOf, type Token } from "../text/tokens.ts";

/**
 * "Claiming the vote was rigged, Hale told Fox …", "After saying her knee was “badly swollen,” she was taken …": a
 * speech participle opening the sentence (alone, or after "after"/"before") reports a clause whose speaker is the
 * subject after the clause's comma — a he/she/they or a capitalised name (a title's abbreviation allowed) before a
 * lowercase verb. The clause must be one (a "that", or an auxiliary or copula in it): "Noting the risks, …" is not.
 */
const FRONTED = new Set([
  "saying",
  "claiming",
  "arguing",
  "insisting",
  "noting",
  "warning",
  "acknowledging",
  "stressing",
  "asserting",
  "declaring",
  "conceding",
  "contending",
  "maintaining",
  "admitting",
  "predicting",
]);
const FINITE = new Set(
  "is are was were has have had will would could should can may might must did does do isn't wasn't won't".split(
    " ",
  ),
);
const PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
const CLOSING = /^[”"’']+$/;

export interface FrontedClaim {
  subject: { start: number; end: number; pronoun: boolean };
  content: [number, number];
}

/** toks: the sentence's tokens; i: the participle's index. */
export function frontedParticiple(toks: Token[], i: number): FrontedClaim | null {
  const t = toks[i];
  if (!t || !FRONTED.has(lowerOf(t))) return null;
  if (i === 1) {
    const w = lowerOf(toks[0] as Token);
    if ((w !== "after" && w !== "before") || lowerOf(t) !== "saying") return null;
  } else if (i !== 0) return null;
  let from = i + 1;
  const that = toks[from]?.word && lowerOf(toks[from] as Token) === "that";
  if (that) from++;
  let clause = that;
  for (let j = from; j < Math.min(toks.length, from + 60); j++) {
    const c = toks[j] as Token;
    if (c.word) {
      if (FINITE.has(lowerOf(c))) clause = true;
      continue;
    }
    if (c.text !== ",") {
      if (c.text === "." || c.text === ";" || c.text === ":") return null;
      continue;
    }
    if (j === from) return null;
    // a comma inside a quotation closing right after it
    let m = j + 1;
    let end = c.start;
    while (toks[m] && !toks[m]?.word && CLOSING.test(toks[m]?.text ?? "")) end = (toks[m++] as Token).end;
    const subject = subjectAt(toks, m);
    if (!subject) continue;
    if (!clause) return null;
    return { subject, content: [(toks[from] as Token).start, end] };
  }
  return null;
}

/** A he/she/they or a capitalised name (with a title's abbreviation) at toks[m], then a lowercase verb. */
function subjectAt(toks: Token[], m: number): FrontedClaim["subject"] | null {
  const first = toks[m];
  if (!first?.word) return null;
  const next = (k: number): boolean => !!toks[k]?.word && /^\p{Ll}/u.test(toks[k]?.text ?? "");
  if (PRONOUNS.has(lowerOf(first)))
    return next(m + 1) ? { start: first.start, end: first.end, pronoun: true } : null;
  let k = m;
  while (k < m + 6 && toks[k]) {
    const w = toks[k] as Token;
    if (w.word && /^\p{Lu}/u.test(w.text)) k++;
    else if (w.text === "." && k > m && (toks[k - 1]?.text.length ?? 0) <= 4) k++;
    else break;
  }
  if (k === m || !next(k) || toks[k - 1]?.text === ".") return null;
  return { start: first.start, end: (toks[k - 1] as Token).end, pronoun: false };
}
