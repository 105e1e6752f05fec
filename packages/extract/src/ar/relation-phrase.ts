// «أرملة العامل», «شقيق الضحية», «زوجة المفقود»: whose relative someone is, told by a relation in construct
// with a definite noun; a description, never a name (the name follows it: «أرملة العامل، إليني سيريناكي»).
import { withoutHarakat } from "../text/chars.ts";
import { foldWord, hasArticle, RELATION_HEADS } from "./lexicon.ts";

/** «ابن الهيثم», «ابنة الشاطئ»: «ابن» before the article opens many a name. */
const NAME_OPENERS = /^(?:ابن|ابنة|إبن|بن|بنت)$/u;

/** The words open with a relation and the definite noun it is in construct with. */
export const relationOfDefinite = (ws: readonly string[]): boolean =>
  ws.length > 1 &&
  RELATION_HEADS.has(foldWord(ws[0] as string)) &&
  !NAME_OPENERS.test(withoutHarakat(ws[0] as string)) &&
  hasArticle(ws[1] as string);
