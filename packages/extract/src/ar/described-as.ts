// «ووصفت النائبة X، في كلمة لها خلال الجلسة، أسعار الأدوية بأنها "…"»: what «وصف» describes keeps its place in
// the content after an aside, as it does right after the subject («ووصف الوزير الوضع بأنه "…"»).
import { seatless } from "../text/chars.ts";
import { DESCRIBE } from "./owner.ts";

/** «، أسعار الأدوية بأنها »: after the aside's comma, one to six words, then «بأن» with a pronoun. */
const OBJECT_BEFORE_THAT = seatless(
  /[،,][\s\u00A0]*((?:[^\s\u00A0،,.:«»"“”]+[\s\u00A0]+){1,6})ب[أا]ن(?:ه|ها|هم|هما|هن)[\s\u00A0]*$/u,
);

/**
 * The content's start (`opened`, from `from`) for «وصف»: when its clause opened after «بأنه» past an aside,
 * it starts at the object described, after the aside's comma.
 */
export function describedAs(
  text: string,
  lemma: string | null | undefined,
  from: number,
  opened: { start: number; clausal: boolean },
): { start: number; clausal: boolean } {
  if (lemma !== DESCRIBE || !opened.clausal) return opened;
  const m = OBJECT_BEFORE_THAT.exec(text.slice(from, opened.start));
  return m?.[1] ? { start: from + m.index + m[0].indexOf(m[1]), clausal: false } : opened;
}
