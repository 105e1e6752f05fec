/** English reporting words and cue nouns, found in one scan of the article. */
import type { ArticleView } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import { trieSource } from "../text/trie.ts";
import { VERB_FORMS } from "./lexicon.ts";
import { NOUN_WORDS } from "./nouns.ts";

/** One pass over the article for any reporting word: only the sentences that have one are read closely. */
// lowercase and capitalised forms: a case-sensitive alternation scans much faster than /i, and one branch
// per first letter ("[sS](?:aid|ay…)") twice as few as spelling both cases out
const CUE_WORDS = [
  ...VERB_FORMS.keys(),
  "points",
  "point",
  "pointed",
  "pointing",
  "according",
  "read",
  "reads",
];
function eitherCaseFirstLetter(words: string[]): string {
  const tailsByFirst = new Map<string, string[]>();
  for (const w of words) {
    const first = w[0];
    if (!first) continue;
    const tails = tailsByFirst.get(first) ?? [];
    tails.push(w.slice(1));
    tailsByFirst.set(first, tails);
  }
  const escapeInClass = (ch: string): string => ch.replace(/[\\\]^-]/g, "\\$&");
  const branches = [...tailsByFirst].map(([first, tails]) => {
    const letter = `[${escapeInClass(first)}${escapeInClass(first.toUpperCase())}]`;
    const rest = trieSource(tails.filter(Boolean));
    if (!rest) return letter;
    return tails.includes("") ? `${letter}(?:${rest})?` : `${letter}${rest}`;
  });
  return `(?:${branches.join("|")})`;
}
const CUE = 1;
const NOUN = 2;
/** What each form the scan finds is: a reporting word (lowercase or capitalised), a cue noun (lowercase), or both. */
const CUE_FORMS = new Map<string, number>();
for (const w of CUE_WORDS)
  for (const form of [w, w.charAt(0).toUpperCase() + w.slice(1)]) CUE_FORMS.set(form, CUE);
for (const w of NOUN_WORDS) CUE_FORMS.set(w, (CUE_FORMS.get(w) ?? 0) | NOUN);
/** Reporting words and cue nouns, whole words: the same scan serves the verb and the noun rules. */
const CUE_CANDIDATE = new RegExp(
  `\\b${eitherCaseFirstLetter([...new Set([...CUE_WORDS, ...NOUN_WORDS])])}\\b`,
  "g",
);

interface CueWords {
  /** The sentences holding a reporting word, with where those words start. */
  sentences: Map<number, number[]>;
  /** Where the cue nouns ("claim", "promise" …) start, in text order. */
  nouns: number[];
}

/** The reporting words and cue nouns of the article, found in one pass. */
export function cueWords(view: ArticleView): CueWords {
  const { text, sentences } = view;
  const out = new Map<number, number[]>();
  const nouns: number[] = [];
  let si = 0;
  CUE_CANDIDATE.lastIndex = 0;
  for (let m = CUE_CANDIDATE.exec(text); m; m = CUE_CANDIDATE.exec(text)) {
    const kind = CUE_FORMS.get(m[0]) ?? 0;
    if (kind & NOUN) nouns.push(m.index);
    if (!(kind & CUE)) continue;
    while (si < sentences.length && (sentences[si] as Sentence).end <= m.index) si++;
    if (si >= sentences.length) continue;
    if (m.index < (sentences[si] as Sentence).start) continue;
    const list = out.get(si);
    if (list) list.push(m.index);
    else out.set(si, [m.index]);
  }
  return { sentences: out, nouns };
}
