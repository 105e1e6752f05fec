// «طالبة الدراسات العليا زينب حميد البياتي», «طالب الهندسة سامي كريم»: a noun of people in construct with the
// field it studies or works in, then the person's name.
import type { MentionParse } from "../speakers.ts";
import type { Token } from "../text/tokens.ts";
import { foldWord, hasArticle, isDefiniteWord, PEOPLE_NOUNS } from "./lexicon.ts";
import { personNameEnd } from "./name-after-title.ts";
import { nameLike } from "./phrase.ts";
import { pureName } from "./pure-name.ts";

/**
 * How many words an indefinite noun of people and its definite genitive chain (one to three words) span, read
 * through `word` (undefined past the phrase), or 0.
 */
function nounAndField(word: (k: number) => string | undefined): number {
  const noun = word(0);
  if (noun === undefined || hasArticle(noun) || !PEOPLE_NOUNS.has(foldWord(noun))) return 0;
  let i = 1;
  // («الدراسات العليا»: the definite words of the field)
  while (i < 4 && isDefiniteWord(word(i) ?? "")) i++;
  return i > 1 ? i : 0;
}

/** The name after an indefinite noun of people and its definite genitive chain, or null. */
export function peopleNounFieldParse(ws: string[]): MentionParse | null {
  const i = nounAndField((k) => ws[k]);
  if (i === 0 || ws.length - i < 2 || !pureName(ws.slice(i).join(" "))) return null;
  return { name: ws.slice(i).join(" "), title: ws.slice(0, i).join(" "), kind: "person", pronoun: false };
}

/**
 * The same in a subject's tokens: the noun, its field and the name after it («تقول طالبة الدراسات العليا X Y،
 * التي …، إن»). Returns the tokens they span, or null.
 */
export function peopleNounFieldEnd(
  text: string,
  toks: Token[],
  from: number,
  knownNames: Set<string>,
): number | null {
  const j = nounAndField((k) => (toks[k]?.word ? toks[k].text : undefined));
  if (j === 0 || !toks[j]?.word || !nameLike(text, toks[j] as Token)) return null;
  const end = personNameEnd(text, toks, from, j, knownNames);
  return end >= j + 2 ? end : null;
}
