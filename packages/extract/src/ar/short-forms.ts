// «الممول من منظمة الأمم المتحدة للطفولة (يونيسف)» … «وكانت منظمة يونيسف قد ذكرت …»: news names a body in
// full once, with the short form it will use in brackets; «يونيسف» and «منظمة يونيسف» then name that body by
// its full name (the Arabic side of en/short-forms.ts).
import type { MentionParse } from "../speakers.ts";
import { FUNCTION_WORDS, foldWord, hasArticle, ORG_TITLES } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";

/** A short form of one Arabic word in brackets: «(يونيسف)», «(الفاو)». */
const SHORT = /\(([\p{Script=Arabic}]{2,14})\)/gu;
/** The words before the bracket up to a stop: the full name lies at their end. */
const WORDS_BEFORE = /([^\s\u00A0،,.:؛()"«»“”]+(?:[\s\u00A0]+[^\s\u00A0،,.:؛()"«»“”]+){1,8})[\s\u00A0]*$/u;

/** The body's full name ending right before the bracket at `open`: from its bare head word («منظمة …»). */
function nameBefore(text: string, open: number): { name: string; head: string } | null {
  const ws = WORDS_BEFORE.exec(text.slice(Math.max(0, open - 120), open))?.[1]?.split(/[\s\u00A0]+/u);
  if (!ws) return null;
  // (back from the bracket up to a function word: «الممول من منظمة …» stops at «من»)
  let k = ws.length - 1;
  while (k > 0 && !FUNCTION_WORDS.has(foldWord(ws[k - 1] as string))) k--;
  const at = ws.findIndex((w, j) => j >= k && !hasArticle(w) && ORG_TITLES.has(titleHead(w)));
  if (at < 0 || ws.length - at < 2) return null;
  return { name: ws.slice(at).join(" "), head: ws[at] as string };
}

/** Every short form declared in brackets after a body's full name: the short form's mentions, and that name. */
export function declaredArabicShortForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  if (!text.includes("(")) return out;
  SHORT.lastIndex = 0;
  for (let m = SHORT.exec(text); m; m = SHORT.exec(text)) {
    const found = nameBefore(text, m.index);
    if (!found) continue;
    const short = (m[1] as string).replace(/^ال/u, "");
    for (const mention of [short, `ال${short}`, `${found.head} ${short}`]) {
      const known = out.get(mention);
      if (known && known !== found.name) clash.add(mention);
      else out.set(mention, found.name);
    }
  }
  for (const s of clash) out.delete(s);
  return out;
}

/** The parse of a mention that is a declared short form («منظمة يونيسف», «يونيسف»): the body by its full name. */
export function withArabicShortForms(
  mention: string,
  parse: MentionParse,
  forms: Map<string, string>,
): MentionParse {
  const full = forms.size && !mention.includes("(") ? forms.get(mention.trim()) : undefined;
  return full ? { name: full, title: null, kind: "organisation", pronoun: false } : parse;
}
