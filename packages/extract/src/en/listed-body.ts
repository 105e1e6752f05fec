import type { MentionParse } from "../speakers.ts";
import { peopleInPlaces } from "./phrase-words.ts";

/**
 * "the Department for Culture, Media and Sport", "the Ministry of Housing, Communities and Local Government":
 * a body whose name lists its fields, commas and all — one name, not a name and a description.
 */
// (or "the Rail, Tram and Bus Union", "the Food, Drink and Tobacco Federation": the fields before the body's kind)
const LISTED_BODY =
  /\b\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)+,?\s+(?:and|&)\s+\p{Lu}[\p{L}-]*\s+(?:Union|Federation|Confederation|Association|Alliance|Council|Committee|Commission|Board|Authority|Agency|Institute|Society|Guild|League|Trust)(?![\p{L}-])|\b(?:Department|Ministry|Committee|Commission|Office|Agency|Council|Institute|Authority|Board|Bureau|Directorate|Secretariat|Faculty|School|College|Centre|Center|Network|Foundation|Coalition|Forum|Alliance|Association|Society|Federation)\s+(?:for|of|on)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*(?:,\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)*,?\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/u;

/** The mention parsed with such a body's commas taken out, the body named as written; null when it has none. */
export function withListedBody(raw: string, parse: (raw: string) => MentionParse): MentionParse | null {
  // ("Researchers in Japan, Germany and China": people of a list of places, no one's name)
  if (peopleInPlaces(raw))
    return { name: null, title: raw.replace(/^the\s+/i, ""), kind: "person", pronoun: false };
  const body = LISTED_BODY.exec(raw);
  if (!body?.[0].includes(",")) return null;
  const plain = body[0].replace(/,/g, "");
  const parsed = parse(raw.slice(0, body.index) + plain + raw.slice(body.index + body[0].length));
  // ("the Kenya Network on Ethics, Law and Health": the name may open before the body's head word)
  const named = (p: MentionParse): MentionParse =>
    p.name?.includes(plain) ? { ...p, name: p.name.replace(plain, body[0]) } : p;
  const owner = parsed.speaksFor;
  return owner && owner !== "focus" ? { ...named(parsed), speaksFor: named(owner) } : named(parsed);
}

/**
 * The end of a body's listed name that opens within text[from, comma) and runs past that comma ("according to
 * figures published by the Ministry of Housing, Communities and Local Government on Thursday"), or -1.
 */
export function listedBodyEnd(text: string, from: number, comma: number, to: number): number {
  const body = LISTED_BODY.exec(text.slice(from, to));
  return body && from + body.index < comma && from + body.index + body[0].length > comma
    ? from + body.index + body[0].length
    : -1;
}
