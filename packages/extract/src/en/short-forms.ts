/**
 * "the Federal Waterways and Shipping Administration (WSV) … the WSV said", "the National Water Commission
 * (Conagua) … In a statement, Conagua said": news names a body in full once, with the short form it will use
 * after that in brackets. The short form then names that body — whatever language its letters come from,
 * and also before the full name (a headline's "…: JCS").
 */
import type { MentionParse } from "../speakers.ts";
import { endsInOffice } from "./office-then-name.ts";
import { CAPITAL_TITLES, ORG_WORDS } from "./person-words.ts";

/** A short form in brackets: one word, a capital first ("WSV", "IfW", "AyD", "Conagua"). */
const SHORT = /\((\p{Lu}[\p{L}&]{1,11})\)/gu;
/** Small words inside a body's name, English or not ("Agua y Drenaje de Monterrey", "Institute for the …"). */
const LINK = /^(?:of|for|and|the|on|in|&|de|del|des|du|la|le|y|e|et|für|der|di|da|do|dos)$/;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}.’'-]*$/u;

/** The capitalised words of a body's name ending right before text[open] ("(" after a space), or null. */
function nameBefore(text: string, open: number): string | null {
  const words: string[] = [];
  let end = open;
  while (end > 0 && /[ \u00A0]/.test(text[end - 1] as string)) end--;
  let pos = end;
  while (pos > 0 && words.length < 10) {
    let start = pos;
    while (start > 0 && !/[\s,;:()"“”]/.test(text[start - 1] as string)) start--;
    const word = text.slice(start, pos);
    if (!CAPITALISED.test(word) && !(LINK.test(word) && words.length)) break;
    words.unshift(word);
    pos = start;
    if (pos === 0 || text[pos - 1] !== " ") break;
    pos--;
  }
  while (words.length && (LINK.test(words[0] as string) || words[0] === "The")) words.shift();
  if (words.filter((w) => CAPITALISED.test(w)).length < 2) return null;
  return words.join(" ");
}

/** A body's name, not a person's with a title before it ("Bank of England Governor Andrew Bailey"). */
function bodyName(name: string, short: string): boolean {
  // ("The Dzongkhag Education Officer (DEO), Pema Lhendup": an office, held by the person named after it)
  if (endsInOffice(name)) return false;
  const words = name.split(" ");
  if (
    words.some(
      (w, k) =>
        CAPITAL_TITLES.has(w) && CAPITALISED.test(words[k + 1] ?? "") && !ORG_WORDS.test(words[k + 1] ?? ""),
    )
  )
    return false;
  if (ORG_WORDS.test(name)) return true;
  // ("Joint Chiefs of Staff (JCS)", "Agua y Drenaje de Monterrey (AyD)": no institution's word, but its initials)
  const capitals = short.replace(/[^\p{Lu}]/gu, "");
  if (capitals.length < 2) return false;
  const initials = words.filter((w) => CAPITALISED.test(w)).map((w) => w[0]);
  let k = 0;
  for (const c of initials) if (c === capitals[k]) k++;
  return k === capitals.length;
}

/** Every short form the text declares in brackets after a body's full name, and that name (one name each). */
export function declaredShortForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  if (!text.includes("(")) return out;
  SHORT.lastIndex = 0;
  for (let m = SHORT.exec(text); m; m = SHORT.exec(text)) {
    const short = m[1] as string;
    const name = nameBefore(text, m.index);
    if (!name || !bodyName(name, short)) continue;
    const known = out.get(short);
    if (known && known !== name) clash.add(short);
    else out.set(short, name);
  }
  for (const s of clash) out.delete(s);
  return out;
}

/** What may stand before the full name in a mention: "the", "data from the", "the state water utility, ". */
const BEFORE_NAME =
  /^(?:(?:the|a|an|its|their)\s+[\p{Ll}\s’'-]*,\s+)?(?:(?:data|figures|statistics)\s+(?:from|by|of)\s+)?(?:the\s+)?$/iu;

const body = (name: string): MentionParse => ({ name, title: null, kind: "organisation", pronoun: false });

/**
 * The parse of a mention with the article's short forms: "the WSV" is the body declared as
 * "… (WSV)"; a mention that is itself the declaration ("the Kiel Institute for the World Economy (IfW)",
 * "the state water utility, Agua y Drenaje de Monterrey (AyD)") is the body by its full name.
 */
export function withShortForms(
  mention: string,
  parse: MentionParse,
  forms: Map<string, string>,
): MentionParse {
  if (!forms.size) return parse;
  const declared = /\((\p{Lu}[\p{L}&]{1,11})\)\s*$/u.exec(mention);
  const full = declared ? forms.get(declared[1] as string) : undefined;
  if (declared && full) {
    const before = mention.slice(0, declared.index).trimEnd();
    if (before.endsWith(full) && BEFORE_NAME.test(before.slice(0, before.length - full.length)))
      return body(full);
  }
  const named = parse.name ? forms.get(parse.name) : undefined;
  if (named) return body(named);
  if (parse.speaksFor && parse.speaksFor !== "focus") {
    const speaksFor = withShortForms(parse.speaksFor.name ?? "", parse.speaksFor, forms);
    if (speaksFor !== parse.speaksFor) return { ...parse, speaksFor };
  }
  return parse;
}
