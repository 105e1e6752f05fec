// «وأكدت الوزارة في بيان مشترك التزامها بـ…», «وأعلن عبر حسابه في منصة إكس أن …»: the statement or platform a
// claim was made in, read past before the verb's object.
import { seatless, withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { tokensForward } from "../text/tokens.ts";
import {
  AR_WEEKDAY_ALTERNATION,
  foldWord,
  hasArticle,
  OPEN_QUOTE,
  STATEMENT_ADJECTIVES,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import { CLOSING_QUOTE, COMMA, isComplementizer } from "./phrase.ts";

/** Where statements are posted: «عبر منصات التواصل», «على حسابه في منصة إكس». */
const PLATFORMS =
  /^(?:منص(?:ه|ات|ته|تها)|حساب(?:ه|ها|هم|ات)?|صفح(?:ه|ته|تها|ات)|موقع(?:ه|ها)?|اكس|فيسبوك|تويتر|تلغرام|انستغرام|يوتيوب)$/u;

/** «صدر», «نشرته», «أصدرته», «عقده»: the relative verb of a statement issued or a conference held (folded). */
const ISSUED = /^(?:صدر|صدرت|نشر|نشرت|نشرته|نشرها|اصدرته|اصدرها|عقده|عقدته|عقدها|عقدوه)$/u;
/** «اليوم», «أمس», «مساء الأحد»: the time words after it. */
const ISSUE_TIME = seatless(new RegExp(`^(?:اليوم|أمس|مساء|صباح|ظهر|يوم|${AR_WEEKDAY_ALTERNATION})$`, "u"));

/**
 * «وأهابت الوزارة في ختام بيانها بالجميع …», «وأعلن خلال مؤتمر صحفي عقده أمس …»: the occasion of a

 * statement before its object is not the content. Returns where the object starts.
 */
export function pastStatementAdjunct(text: string, from: number, limit: number): number {
  const toks = tokensForward(text, from, limit, 16);
  const lead = toks[0];
  if (!lead?.word || !["في", "خلال", "عبر", "على"].includes(lead.text)) return from;
  let i = 1;
  if (foldWord(toks[i]?.text ?? "") === "ختام") i++;
  const noun = foldWord(toks[i]?.text ?? "");
  if (!toks[i]?.word || !(STATEMENT_NOUNS.has(noun) || PLATFORMS.test(noun))) return from;
  i++;
  // its adjectives, pronoun and platform: «صحفي», «مشترك», «الرسمي», «لها», «في منصة إكس»
  while (i < toks.length && i < 8) {
    const t = toks[i] as Token;
    if (!t.word) break;
    const f = foldWord(t.text);
    if (
      definiteAfter(toks, i) ||
      /(?:ي|ية|يه)$|^(?:له|لها|لهم)$/u.test(t.text) ||
      STATEMENT_ADJECTIVES.has(f) ||
      PLATFORMS.test(f) ||
      (["في", "على", "عبر"].includes(t.text) && PLATFORMS.test(foldWord(toks[i + 1]?.text ?? "")))
    )
      i++;
    else break;
  }
  // «في بيان صدر اليوم», «خلال مؤتمر صحفي عقده مساء الأحد»: when it was issued or held
  if (toks[i]?.word && ISSUED.test(foldWord((toks[i] as Token).text))) {
    i++;
    while (i < toks.length && toks[i]?.word && ISSUE_TIME.test((toks[i] as Token).text)) i++;
    // «نشرته عبر "تلغرام"», «نشرته على موقعها»: where it was posted
    if (["عبر", "على", "في"].includes(toks[i]?.text ?? "") && quotedNameAt(toks, i + 1))
      i += 1 + quotedNameAt(toks, i + 1);
  }
  i += postedCommaEnd(text, toks, i);
  const next = toks[i];
  // «اتهمت الوزارة في بيان "جهات معادية" بـ…»: the object may open with a quotation
  return next?.word || (next && OPEN_QUOTE.test(next.text)) ? next.start : from;
}

/**
 * A definite word after the statement noun: its genitive («بيان الوزارة») or an adjective after a definite
 * one («بيانها الرسمي»); not the object after an indefinite adjective («في بيان رسمي التزامها»), nor a word
 * with an attached pronoun, which no genitive or adjective has («في بيان التزامهما بـ…»).
 */
function definiteAfter(toks: Token[], i: number): boolean {
  const t = toks[i] as Token;
  if (!hasArticle(t.text) || /(?:ها|هما|هم|هن)$/u.test(t.text)) return false;
  const before = toks[i - 1] as Token;
  return (
    STATEMENT_NOUNS.has(foldWord(before.text)) ||
    PLATFORMS.test(foldWord(before.text)) ||
    hasArticle(before.text)
  );
}

/** «بنسخة منه», «نسخة منها»: a copy of the statement; «اطلعت عليه», «حصلت عليها»: the outlet saw or got it. */
const COPY_OF_IT = /^(?:ب?نسخة|نسخه|بنسخه)$/u;
const OF_IT = /^(?:منه|منها)$/u;
export const SAW_OR_GOT = /^(?:اطلع|حصل)(?:ت|نا)?$/u;
const ON_IT = /^(?:عليه|عليها)$/u;

/**
 * «، توصلت جريدة "العمق" بنسخة منه،», «، اطلعت عليه "الشروق"،»: between commas after the statement, how the
 * outlet came to have it — the writer's aside, not the verb's object.
 */
export const copyObtained = (part: Token[]): boolean =>
  part.some((t, k) => {
    const next = withoutHarakat(part[k + 1]?.text ?? "");
    const w = withoutHarakat(t.text);
    return (COPY_OF_IT.test(w) && OF_IT.test(next)) || (SAW_OR_GOT.test(w) && ON_IT.test(next));
  });

/** «"تداول"», «"تلغرام"»: a short quoted name at `i` (up to three words); its tokens, 0 if none. */
function quotedNameAt(toks: Token[], i: number): number {
  if (!OPEN_QUOTE.test(toks[i]?.text ?? "")) return 0;
  const close = toks.findIndex((t, k) => k > i + 1 && k < i + 5 && CLOSING_QUOTE.test(t.text));
  return close > 0 && toks.slice(i + 1, close).every((t) => t.word) ? close + 1 - i : 0;
}

/**
 * «وعزا المصرف في بيان على موقع "تداول"، اليوم الثلاثاء، هذا الارتفاع إلى …», «وبررت المؤسسة في بيان نشرته
 * عبر "تلغرام"، القرار بـ…»: the statement's platform name and the comma closing it (with a time between
 * commas) before the object. Returns the tokens read past from `i` (0 unless an object word follows that opens
 * no clause).
 */
function postedCommaEnd(text: string, toks: Token[], i: number): number {
  let j = i + quotedNameAt(toks, i);
  if (!COMMA.test(toks[j]?.text ?? "")) return 0;
  j++;
  const time = j;
  while (toks[j]?.word && ISSUE_TIME.test((toks[j] as Token).text)) j++;
  if (j > time) {
    if (!COMMA.test(toks[j]?.text ?? "")) return 0;
    j++;
  }
  const object = toks[j];
  return object?.word && !isComplementizer(text, object) ? j - i : 0;
}
