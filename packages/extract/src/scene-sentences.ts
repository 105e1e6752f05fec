import { SCENE_SENTENCE } from "./ar/lexicon.ts";
import type { ArticleView } from "./draft.ts";
import { EN_SCENE_SENTENCE } from "./en/lexicon.ts";
import { foldForCompare } from "./text/chars.ts";
import type { Scene } from "./timeline.ts";
import type { Lang } from "./types.ts";

/** The sentences that set the scene of the statements around them rather than report one. */
export function scenesOf(view: ArticleView, lang: Lang): Scene[] {
  const { text } = view;
  const out: Scene[] = [];
  for (const sentence of view.sentences) {
    // an English scene sentence opens with a capital (The/His/…, a name, He/She/They): most need no closer look
    const first = text.charCodeAt(sentence.start);
    if (lang === "en" && (first < 65 || first > 90)) continue;
    const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
    const hit = lang === "ar" ? SCENE_SENTENCE.test(foldForCompare(head)) : EN_SCENE_SENTENCE.test(head);
    if (hit) out.push({ sentence });
  }
  return out;
}
