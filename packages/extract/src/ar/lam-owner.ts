// «بيان لوزارة الخارجية القطرية», «عضو المكتب السياسي لحركة حماس X»: a body named in a ل-genitive.

import type { MentionParse } from "../speakers.ts";
import { foldWord, hasArticle, ORG_TITLES } from "./lexicon.ts";
import { NISBA } from "./mention-words.ts";

/** A body's documents, which may name it with ل: «بيان لوزارة الخارجية», «بلاغ للمديرية العامة …». Folded. */
const OWNED_DOCUMENTS = new Set(
  "بيان بلاغ تقرير تصريح تصريحات رسالة دراسة وثيقة مذكرة تقديرات ارقام احصاءات تغريدة تدوينة منشور"
    .split(" ")
    .map(foldWord),
);

/**
 * «بيان لوزارة الخارجية القطرية», «بلاغ للمديرية العامة للأمن الوطني», «بيان صحفي للجيش»: the body or
 * the officeholder a document belongs to (a ل-genitive, maybe after one adjective) speaks. Null otherwise.
 */
export function lamOwner(ws: string[], parseOne: (mention: string) => MentionParse): MentionParse | null {
  if (ws.length < 2 || !OWNED_DOCUMENTS.has(foldWord(ws[0] as string))) return null;
  // («بيان صحفي للجيش»: one adjective first; «بيان لبلدية بيروت»: «لبلدية» reads like a nisba, but is ل + a body)
  const w1 = ws[1] as string;
  const lamBody = /^ل[^ل]/u.test(w1) && ORG_TITLES.has(foldWord(w1.slice(1)));
  const adjective = !hasArticle(w1) && NISBA.test(w1) && !lamBody && ws.length > 2 ? 2 : 1;
  const w = ws[adjective] as string;
  const owned = /^لل/u.test(w) ? `ال${w.slice(2)}` : /^ل[^ل]/u.test(w) ? w.slice(1) : null;
  if (!owned) return null;
  const p = parseOne([owned, ...ws.slice(adjective + 1)].join(" "));
  return !p.pronoun && (p.kind === "organisation" || (p.kind === "person" && p.title)) ? p : null;
}

/**
 * «عضو المكتب السياسي لحركة حماس حسام بدران»: at i, ل and a body's head, then the body's own bare name of
 * one word, ending the mention («مسؤول لحركة فتح») or before a name of two words or more (bare: «لحركة حماس
 * باسم نعيم»).
 */
export const lamBodyName = (ws: string[], i: number): boolean =>
  /^ل[^ل]/u.test(ws[i] ?? "") &&
  ORG_TITLES.has(foldWord((ws[i] as string).slice(1))) &&
  ws[i + 1] !== undefined &&
  !hasArticle(ws[i + 1] as string) &&
  ws.length - (i + 2) !== 1 &&
  ws.slice(i + 2).every((w) => !hasArticle(w) || w === ws.at(-1));
