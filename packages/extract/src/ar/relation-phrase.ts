// «أرملة العامل», «شقيق الضحية», «زوجة المفقود»: whose relative someone is, told by a relation in construct
// with a definite noun; a description, never a name (the name follows it: «أرملة العامل، إليني سيريناكي»).
import { withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { anonymityEnd } from "./anonymity.ts";
import { foldWord, hasArticle, RELATION_HEADS } from "./lexicon.ts";
import { bare, COMMA, definiteWord, ONE_OF } from "./phrase.ts";

/** «ابن الهيثم», «ابنة الشاطئ»: «ابن» before the article opens many a name. */
const NAME_OPENERS = /^(?:ابن|ابنة|إبن|بن|بنت)$/u;

/** The words open with a relation and the definite noun it is in construct with. */
export const relationOfDefinite = (ws: readonly string[]): boolean =>
  ws.length > 1 &&
  RELATION_HEADS.has(foldWord(ws[0] as string)) &&
  !NAME_OPENERS.test(withoutHarakat(ws[0] as string)) &&
  hasArticle(ws[1] as string);

/**
 * «والدة أحد المرضى», «شقيق إحدى الضحايا»: a relation in construct with «one of» a definite group, whose
 * relative the speaker is (with the group's adjectives), when no apposition follows. Returns the tokens it
 * spans (0 if none).
 */
export function relativeOfOneEnd(text: string, toks: readonly Token[]): number {
  const [head, one, group] = toks;
  if (!head?.word || !one?.word || !RELATION_HEADS.has(foldWord(head.text))) return 0;
  if (NAME_OPENERS.test(withoutHarakat(head.text))) return 0;
  if (!ONE_OF.test(bare(one)) || !definiteWord(group)) return 0;
  let j = 3;
  while (j < 6 && definiteWord(toks[j])) j++;
  // («والد إحدى التلميذات، حسن …،»: the apposition names the speaker; other readings take it — but not
  // «، فضلت حجب اسمها،», a request for anonymity)
  const after = toks[j + 1];
  const apposition = COMMA.test(toks[j]?.text ?? "") && !!after?.word;
  return apposition && anonymityEnd(text, (toks[j] as Token).end, after.start + 60) === null ? 0 : j;
}
