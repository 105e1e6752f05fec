// Who a headline's speaker is in the body of the article: the claims there that name it, by title, surname or body.
import type { Draft } from "../draft.ts";
import { LONE_ACCUSED } from "./accused.ts";
import { FUNCTION_WORDS, foldWord, ORG_TITLES, PLACE_NOUNS } from "./lexicon.ts";
import { parseArabicMention } from "./mention.ts";
import { NISBA } from "./mention-words.ts";
import { titleHead } from "./phrase.ts";

/**
 * Bodies, groups and documents whose name before a headline's colon says what they said («وزارة الصحة: …»,
 * «أهالي القرية: …», «لجان المقاومة: …», «دراسة: …», «تقرير أممي: …»). Folded.
 */
export const SPEAKING_BODIES = new Set(
  `وزارة حكومة جيش شرطة حركة منظمة وكالة هيئة مجلس مكتب حزب جماعة شركة مفوضية لجنة محكمة نقابة
  بلدية رئاسة سلطة أمانة جمعية اتحاد رابطة
  لجان نقابات أحزاب منظمات
  سكان أهالي
  دراسة تقرير استطلاع`
    .split(/\s+/)
    .filter(Boolean)
    .map(foldWord),
);

/** «المتهم» or «المتهمة» as a speaker in the body of the article, as written (null if none). */
export function accusedInBody(text: string, drafts: Draft[], bodyStart: number): string | null {
  for (const d of drafts) {
    if (d.cueStart < bodyStart || d.mentionStart < 0) continue;
    const mention = text.slice(d.mentionStart, d.mentionEnd);
    if (LONE_ACCUSED.test(mention)) return mention;
  }
  return null;
}

/**
 * «نادية الجبوري: …», «الداخلية التركية: …»: a bare name (two words or more) before the colon is a speaker
 * when a claim of the body has it in its speaker's words («وزارة الداخلية التركية») or has its last word
 * (the surname «الجبوري») as speaker; returns those words.
 */
export function speakerInBody(text: string, drafts: Draft[], name: string, bodyStart: number): string | null {
  const words = name.split(/[\s\u00A0]+/u);
  const surname = words.at(-1) as string;
  for (const d of drafts) {
    if (d.cueStart < bodyStart || d.mentionStart < 0) continue;
    const mention = text.slice(d.mentionStart, d.mentionEnd);
    if (words.length < 2 ? bodyNamed(mention, name) : mention.includes(name) || mention === surname)
      return mention;
  }
  return null;
}

/**
 * «تنسيقية مدنية تطالب …» over «طالبت تنسيقية الدفاع عن التراث …»: an indefinite body head and its nisba
 * in a headline describe the body of that head the article names (the first one it quotes).
 */
export function describedBody(
  text: string,
  drafts: Draft[],
  words: string,
  bodyStart: number,
): string | null {
  const [head, nisba, ...rest] = words.split(/[\s\u00A0]+/u);
  if (!head || !nisba || rest.length || /^ال/u.test(head) || !ORG_TITLES.has(titleHead(head))) return null;
  if (/^ال/u.test(nisba) || !NISBA.test(nisba)) return null;
  for (const d of drafts) {
    if (d.cueStart < bodyStart || d.mentionStart < 0) continue;
    const mention = text.slice(d.mentionStart, d.mentionEnd);
    const first = mention.split(/[\s\u00A0]+/u);
    if (first.length > 1 && foldWord(first[0] as string) === foldWord(head)) return mention;
  }
  return null;
}

/** «فاريلا» when the body quotes «المدرب البرتغالي نونو فاريلا» or «وقال فاريلا»: a person's surname. */
export function quotedBySurname(text: string, drafts: Draft[], word: string, bodyStart: number): boolean {
  return drafts.some((d) => {
    if (d.cueStart < bodyStart || d.mentionStart < 0) return false;
    const mention = parseArabicMention(text.slice(d.mentionStart, d.mentionEnd));
    // (a person's name, not a place a body or title ends with: «مالي: …» over «السلطات في مالي»)
    // (nor the place that ends a description: «الحديدة: …» over «صيادون في محافظة الحديدة»)
    const words = mention.name?.split(/[\s\u00A0]+/u) ?? [];
    const described = words.some((w) => FUNCTION_WORDS.has(foldWord(w)));
    return mention.kind === "person" && !described && words.at(-1) === word;
  });
}

/** «المزارعون يطالبون» over «اتحاد المزارعين»: a word folded, a sound plural in either case. */
const caseless = (x: string): string => foldWord(x).replace(/ون$/u, "ين");

/**
 * «التموين: …» over «أكدت وزارة التموين والتجارة الداخلية»: one word before the colon is a body's short
 * name when a speaker of the body is that body («وزارة/هيئة + word»); a place («صفاقس: …») is not.
 * «والمؤسسة تقول …» over «وقالت المؤسسة العامة للكهرباء …»: a body's definite head alone is its short name.
 */
function bodyNamed(mention: string, word: string): boolean {
  const ws = mention.split(/[\s\u00A0]+/u).map(caseless);
  const w = caseless(word);
  if (ws.length > 1 && ws[0] === w && /^ال/u.test(word) && ORG_TITLES.has(titleHead(word))) return true;
  return ws.some((x, k) => x === w && k > 0 && SPEAKING_BODIES.has(titleHead(ws[k - 1] as string)));
}

/** «بالأبيض», «بكسلا»: a town glued to «بـ», and the town's own word («الأبيض»). */
const BA_TOWN = /^ب(\p{L}{3,})$/u;
/**
 * «لجان المقاومة بالأبيض: …» over «وقالت لجان المقاومة بمدينة الأبيض …»: a body's headline name with its
 * ب-town is the body the article names with the place noun spelled out («بمدينة», «بولاية»); returns that
 * fuller name (null if none).
 */
export function townSpelledOut(
  text: string,
  drafts: Draft[],
  name: string,
  bodyStart: number,
): string | null {
  const words = name.split(/[\s\u00A0]+/u);
  const town = BA_TOWN.exec(words.at(-1) ?? "")?.[1];
  if (!town || words.length < 2) return null;
  const lead = words.slice(0, -1).join(" ");
  for (const d of drafts) {
    if (d.cueStart < bodyStart || d.mentionStart < 0) continue;
    const ws = text.slice(d.mentionStart, d.mentionEnd).split(/[\s\u00A0]+/u);
    const [place, own] = ws.slice(-2);
    if (
      ws.length !== words.length + 1 ||
      own !== town ||
      !place ||
      !PLACE_NOUNS.has(foldWord(place.slice(1)))
    )
      continue;
    if (place.startsWith("ب") && ws.slice(0, -2).join(" ") === lead) return ws.join(" ");
  }
  return null;
}
