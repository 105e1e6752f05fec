// Who issued a document the mention names («بيان صادر عن مديرية الأمن»), and memos that are not participles.
import { PARTICIPLE_FORMS } from "./cues.ts";

/** The words after a document noun that name its issuer: past «صادر عن» («بيان صادر عن X»). */
export function issuerWords(ws: string[]): string[] {
  const second = ws[1] as string;
  if (/^(?:ال)?صادر(?:ة)?$/u.test(second) && ws[2] === "عن" && ws.length > 3) return ws.slice(3);
  return ws.slice(1);
}

/** «مذكرة داخلية», «مذكرات الوزير»: a memo, not the participle «مذكّرةً بأن …» (which takes «ب»). Folded words. */
const isMemoNoun = (folded: string, next: string | undefined): boolean =>
  /^[وف]?(?:ال)?مذكر(?:ه|ات)$/u.test(folded) && !/^ب/u.test(next ?? "");

/** A participle form («مشيرا», «مذكّرةً بأن …»), not a memo noun spelled like one. Folded word and next word. */
export const isParticiple = (folded: string, next: string | undefined): boolean =>
  PARTICIPLE_FORMS.has(folded) && !isMemoNoun(folded, next);
