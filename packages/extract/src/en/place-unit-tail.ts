import type { MentionParse } from "../speaker-types.ts";

/** "… of Talinding ward", "… from Kabwata constituency": a named place and its lowercase unit ending a mention. */
export const PLACE_UNIT_TAIL =
  /^(.*\p{Lu}[\p{L}’'.-]*)[\s\u00A0]+((?:of|from|in|for)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{Lu}[\p{L}’'-]*[\s\u00A0]+){1,3}(?:ward|constituency|district|village|province|county|municipality|township|parish|division|area|region|chiefdom|zone))$/u;

/** PLACE_UNIT_TAIL's units: it matches only a mention that ends with one after a space (a cheap test first). */
export const PLACE_UNITS = [
  "ward",
  "constituency",
  "district",
  "village",
  "province",
  "county",
  "municipality",
  "township",
  "parish",
  "division",
  "area",
  "region",
  "chiefdom",
  "zone",
];
const SPACE = /[\s\u00A0]/u;
/** The mention ends with a unit word right after a space: necessary for PLACE_UNIT_TAIL. */
export function endsWithPlaceUnit(mention: string): boolean {
  for (const unit of PLACE_UNITS)
    if (mention.endsWith(unit) && SPACE.test(mention.charAt(mention.length - unit.length - 1))) return true;
  return false;
}

/** "Councillor Ebrima Ceesay of Talinding ward": the person, the place and its unit kept in the title. */
export function placeUnitTailParse(
  mention: string,
  parse: (raw: string) => MentionParse,
): MentionParse | null {
  const m = endsWithPlaceUnit(mention) ? PLACE_UNIT_TAIL.exec(mention) : null;
  if (!m) return null;
  const head = parse(m[1] as string);
  if (head.kind !== "person" || !head.name || head.pronoun) return null;
  return { ...head, title: [head.title, m[2]].filter(Boolean).join(" ") };
}
