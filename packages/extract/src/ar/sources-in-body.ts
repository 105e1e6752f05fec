// «ولم يمنح المجلس الوطني للمقالع والكسارات …، حسبما تؤكد مصادر في المجلس»: sources inside a body the article
// names in full elsewhere, by its bare head, are sources in that body (the one full name it gives that head).
import { seatless } from "../text/chars.ts";

/** «مصادر في المجلس», «أوساط في الوزارة»: unnamed sources in a body called by its definite head alone. */
const SOURCES_IN_HEAD = seatless(/^((?:مصادر|أوساط)[\s\u00A0]+في[\s\u00A0]+)(ال[\p{L}]{2,})$/u);
/** The words after a body's head that go on with its name: definite, or with «ل», «لل», «وال». */
const NAME_TAIL = "((?:[\\s\\u00A0]+(?:ال|لل|وال|ل)[\\p{L}]{2,}){1,5})";

/** The mention with the body's full name («مصادر في المجلس الوطني للمقالع والكسارات»), or null. */
export function sourcesInNamedBody(mention: string, text: string): string | null {
  const m = SOURCES_IN_HEAD.exec(mention.trim());
  if (!m) return null;
  const head = m[2] as string;
  const names = new Set<string>();
  for (const n of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${head}${NAME_TAIL}`, "gu")))
    names.add((n[1] as string).trim().replace(/[\s\u00A0]+/gu, " "));
  if (names.size !== 1) return null;
  return `${m[1]}${head} ${[...names][0]}`;
}
