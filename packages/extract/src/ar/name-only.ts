// Words that can only be a person's name, never a title, body or adjunct: an apposition that names a title holder.
import { withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import {
  ADJUNCT_STARTS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  ORG_TITLES,
  PERSON_TITLES,
} from "./lexicon.ts";
import { titleHead } from "./phrase.ts";
import { joinedInName, opensWithArticledName, tooManyNameParts } from "./pure-name.ts";

/**
 * A title word that cannot stand in a name: first, or with the article. «محمد أمين الزياني», «حسن
 * شيخ علي»: after a given name, a bare «أمين», «شيخ» is a name (so is «الشيخ» in «ولد الشيخ أحمد»).
 */
const titleInName = (words: readonly string[], i: number): boolean =>
  PERSON_TITLES.has(titleHead(words[i] as string)) &&
  (i === 0 ||
    (hasArticle(words[i] as string) &&
      !joinedInName(words, i) &&
      // «محمد أحمد ولد محمد الأمين»: a long name's last word is its family name (not «، علي الأمين،»)
      !(i === words.length - 1 && words.length > 3)));

/** Words that can only be a name («ماري لوران دياكيتي», «سلمى العابد»): an apposition naming a title. */
export function nameOnly(ws: Token[]): boolean {
  const words = ws.map((w) => w.text);
  if (!ws.length || tooManyNameParts(words)) return false;
  if (hasArticle((ws[0] as Token).text) && !opensWithArticledName(words)) return false;
  return ws.every((w, i) => {
    const f = foldWord(w.text);
    return (
      w.word &&
      !/^\p{N}/u.test(w.text) &&
      // «، علي حسن المحروس،»: the name Ali, not «على» (nor is «العلي»: no function word takes the article)
      (!FUNCTION_WORDS.has(f) || hasArticle(w.text) || withoutHarakat(w.text) === "علي") &&
      !titleInName(words, i) &&
      !ORG_TITLES.has(f) &&
      !ADJUNCT_STARTS.has(f)
    );
  });
}
