import type { MentionParse } from "../speaker-types.ts";

/** "… of Talinding ward", "… from Kabwata constituency": a named place and its lowercase unit ending a mention. */
const PLACE_UNIT_TAIL =
  /^(.*\p{Lu}[\p{L}’'.-]*)[\s\u00A0]+((?:of|from|in|for)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{Lu}[\p{L}’'-]*[\s\u00A0]+){1,3}(?:ward|constituency|district|village|province|county|municipality|township|parish|division|area|region|chiefdom|zone))$/u;

/** "Councillor Ebrima Ceesay of Talinding ward": the person, the place and its unit kept in the title. */
export function placeUnitTailParse(
  mention: string,
  parse: (raw: string) => MentionParse,
): MentionParse | null {
  const m = PLACE_UNIT_TAIL.exec(mention);
  if (!m) return null;
  const head = parse(m[1] as string);
  if (head.kind !== "person" || !head.name || head.pronoun) return null;
  return { ...head, title: [head.title, m[2]].filter(Boolean).join(" ") };
}
