// «طالبة الدراسات العليا زينب حميد البياتي», «طالب الهندسة سامي كريم»: a noun of people in construct with the
// field it studies or works in, then the person's name.
import type { MentionParse } from "../speakers.ts";
import type { Token } from "../text/tokens.ts";
import { FUNCTION_WORDS, foldWord, hasArticle, PEOPLE_NOUNS } from "./lexicon.ts";
import { personNameEnd } from "./name-after-title.ts";
import { hasAl, nameLike } from "./phrase.ts";
import { pureName } from "./pure-name.ts";

/** The name after an indefinite noun of people and its definite genitive chain (one to three words), or null. */
export function peopleNounFieldParse(ws: string[]): MentionParse | null {
  const first = ws[0] ?? "";
  if (hasArticle(first) || !PEOPLE_NOUNS.has(foldWord(first))) return null;
  let i = 1;
  while (
    i < 4 &&
    i < ws.length &&
    hasArticle(ws[i] as string) &&
    !FUNCTION_WORDS.has(foldWord(ws[i] as string))
  )
    i++;
  if (i === 1 || ws.length - i < 2 || !pureName(ws.slice(i).join(" "))) return null;
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
  const noun = toks[0];
  if (!noun?.word || hasAl(noun) || !PEOPLE_NOUNS.has(foldWord(noun.text))) return null;
  let j = 1;
  while (
    j < 4 &&
    toks[j]?.word &&
    hasAl(toks[j] as Token) &&
    !FUNCTION_WORDS.has(foldWord((toks[j] as Token).text))
  )
    j++;
  if (j === 1 || !toks[j]?.word || !nameLike(text, toks[j] as Token)) return null;
  const end = personNameEnd(text, toks, from, j, knownNames);
  return end >= j + 2 ? end : null;
}
