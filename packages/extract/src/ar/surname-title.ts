// «وقال الممثل عادل إمام … وأضاف إمام أن …», «المطران جورج سعادة … وأضاف المطران سعادة»: a family name that is
// also a title word («إمام», «سعادة», «أمين») comes back alone or after the title.
import type { Entity, MentionParse } from "../speakers.ts";
import { computeWords } from "../title-words.ts";
import { hasArticle, NAME_HONORIFIC } from "./lexicon.ts";

/** «الشيخ», «مولانا», «الحاج»: honorifics that come before a family name alone. */
const ADDRESS = /^(?:الشيخ|الشيخة|مولانا|الحاج|الحاجة|السيد|السيدة)$/u;
/** «الشيخ», «مولانا», and «المهندس», «الدكتور», «اللواء» («وأشار المهندس الزروق»). */
const honorific = (w: string): boolean => ADDRESS.test(w) || NAME_HONORIFIC.test(w);

/**
 * A mention read as a title with no name whose last word is bare (no article) — a title never ends so
 * («سعادة» opens a mention as an honorific, «إمام» heads a construct) — and is the family name of a person
 * already named: that person, by the family name, and the words before it as the title. Null otherwise.
 */
export function surnameInTitle(parse: MentionParse, entities: readonly Entity[]): MentionParse | null {
  if (parse.name || !parse.title || parse.pronoun || parse.kind === "organisation") return null;
  const ws = parse.title.split(/[\s\u00A0]+/u).filter(Boolean);
  const last = ws.at(-1) as string;
  // «منى الحاج … وأوضحت الحاج أن …»: a family name with the article that is also an honorific, alone;
  // «محمد النور … وأضاف الشيخ النور»: one with the article after an honorific
  if (hasArticle(last) && !(ws.length === 1 || honorific(ws[0] as string))) return null;
  if (hasArticle(last) && !familyOfNamed(last, entities)) return null;
  // (the title before it is one word with the article: «المطران», «الممثل»)
  if (ws.length > 2 || (ws.length === 2 && !hasArticle(ws[0] as string) && !honorific(ws[0] as string)))
    return null;
  if (!familyOfNamed(last, entities)) return null;
  return { name: last, title: ws.length === 2 ? (ws[0] as string) : null, kind: "person", pronoun: false };
}

/** Whether `word` is the family name (the last name word) of a person already named. */
function familyOfNamed(word: string, entities: readonly Entity[]): boolean {
  const [family] = computeWords(word);
  return (
    !!family &&
    entities.some((e) => e.kind === "person" && e.nameWords.length > 1 && e.nameWords.at(-1) === family)
  );
}
