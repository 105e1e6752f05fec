// Corrections to how a mention of one part splits into title and name: «رئيس المصلحة ومهندس المتابعة»
// names no one; «صاحب محل (م.ب)» is named by the initials in brackets.
import { AR_LATTER } from "../former-latter.ts";
import type { MentionParse } from "../speakers.ts";
import { PERSON_TITLES } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";

/** «(م.ب)», «(ع. ك.)» closing the mention: initials in brackets. */
const CLOSING_INITIALS =
  /[\s\u00A0]*\([\s\u00A0]*(\p{L}\.[\s\u00A0]?\p{L}(?:\.[\s\u00A0]?\p{L})*\.?)[\s\u00A0]*\)$/u;

/**
 * A one-part mention's split, corrected: a second title holder joined by «و» is no name of the first
 * («رئيس المصلحة ومهندس المتابعة»); a person described and then known by initials in brackets is named by
 * them («صاحب محل (م.ب)», «المدير السابق للأشغال (ع.ك)»).
 */
export function correctedOnePart(mention: string, p: MentionParse): MentionParse {
  // «وقال الأخير»: "the latter" names no one; it points to the last person named (former-latter.ts)
  if (AR_LATTER.test(mention.trim()))
    return { name: null, title: mention.trim(), kind: "person", pronoun: false };
  const initials = CLOSING_INITIALS.exec(mention);
  if (initials && initials.index > 0) {
    const title = mention.slice(0, initials.index);
    if (PERSON_TITLES.has(titleHead(title.split(/[\s\u00A0]+/u)[0] as string)))
      return {
        name: (initials[1] as string).replace(/[\s\u00A0]/gu, ""),
        title,
        kind: "person",
        pronoun: false,
      };
  }
  const first = p.name?.split(/[\s\u00A0]+/u)[0] ?? "";
  const second = /^و\p{L}{3,}/u.test(first) && PERSON_TITLES.has(titleHead(first.slice(1)));
  return second && p.title ? { ...p, name: null } : p;
}
