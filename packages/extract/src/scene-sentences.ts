import { SCENE_SENTENCE } from "./ar/lexicon.ts";
import { OCCASIONS } from "./ar/phrase.ts";
import type { ArticleView } from "./draft.ts";
import { INTERVIEWED_SCENE } from "./en/interviewed-scene.ts";
import { EN_SCENE_SENTENCE } from "./en/lexicon.ts";
import { foldForCompare } from "./text/chars.ts";
import type { Sentence } from "./text/segment.ts";
import { articleMemo } from "./text/word-memo.ts";
import type { Scene } from "./timeline.ts";
import type { Lang } from "./types.ts";

/** An Arabic sentence's opening (its first 80 characters) sets the scene (read by the scenes and the drafts). */
export const arabicSceneOpening = articleMemo((head: string): boolean =>
  SCENE_SENTENCE.test(foldForCompare(head)),
);

/** The sentences that set the scene of the statements around them rather than report one. */
export function scenesOf(view: ArticleView, lang: Lang): Scene[] {
  const { text } = view;
  const out: Scene[] = [];
  for (const sentence of view.sentences) {
    // an English scene sentence opens with a capital (The/His/…, a name, He/She/They): most need no closer look
    const first = text.charCodeAt(sentence.start);
    if (lang === "en" && (first < 65 || first > 90)) continue;
    const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
    const hit = lang === "ar" ? arabicSceneOpening(head) : EN_SCENE_SENTENCE.test(head);
    if (hit) out.push({ sentence });
    else if (lang === "en" && INTERVIEWED_SCENE.test(head)) out.push({ sentence, forward: true });
    else if (lang === "ar") {
      const tail = sceneTail(text, sentence);
      if (tail) out.push({ sentence: tail });
    }
  }
  return out;
}

/**
 * «اعتبر الوزير أن الإضراب «غير قانوني»، وذلك خلال لقاء مع أولياء الأمور يوم الأربعاء.»: a «، وذلك خلال/في …»
 * clause closing a statement's sentence on the meeting, speech or interview it was made at sets its scene as
 * «جاء ذلك خلال …» would in a sentence of its own (not «وذلك في إطار …», «وذلك بعد …»).
 */
function sceneTail(text: string, sentence: Sentence): Sentence | null {
  const m = SCENE_TAIL.exec(text.slice(sentence.start, sentence.end));
  const occasion = m?.[1]?.replace(/^ال/u, "") ?? "";
  if (!m || !(OCCASIONS.test(occasion) || SPEECHES.test(occasion))) return null;
  return { start: sentence.start + m.index + m[0].indexOf("و"), end: sentence.end, para: sentence.para };
}
const SCENE_TAIL =
  /[،,][\s\u00A0]+وذلك[\s\u00A0]+(?:خلال|في|لدى|أثناء|اثناء|عند|على هامش)[\s\u00A0]+(\p{L}+)/u;
/** «كلمة», «حديث», «مداخلة»: what a speaker says at, besides the meetings of `OCCASIONS`. */
const SPEECHES = /^(?:كلمة|حديث|تصريحات|مداخلة|خطاب)/u;
