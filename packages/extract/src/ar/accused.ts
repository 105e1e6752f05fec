// Defendants known by initials (Maghrebi court reports): «… في حق المدير السابق للأشغال (ع.ك)»,
// «… في حق صاحب مقاولة الأشغال (م.ب)», then «أنكر المتهم الرئيسي …», «أما المتهم الثاني، صاحب المقاولة، …».
import { foldWord } from "./lexicon.ts";

/** «(ع.ك)», «(م. ب.)»: initials in brackets, not an agency's tag before a dash or colon («(و.م.ع) -»). */
const BRACKETED_INITIALS =
  /\([\s\u00A0]*(\p{L}\.[\s\u00A0]?\p{L}(?:\.[\s\u00A0]?\p{L})*)\.?[\s\u00A0]*\)(?![\s\u00A0]*[-–—:])/gu;
/** «المتهم», «المتهمة» alone. */
export const LONE_ACCUSED = /^ال(?:متهم|متهمة)$/u;
/** «المتهم الرئيسي», «المتهمة الثانية»: the accused by rank. */
const RANKED = /^ال(?:متهم|متهمة)[\s\u00A0]+ال(\p{L}+)/u;
/** Rank words (without the article): the main accused is the first one the report names. Folded. */
const RANKS = new Map<string, number>(
  (
    [
      ["رئيسي", 0],
      ["رئيسية", 0],
      ["أول", 0],
      ["أولى", 0],
      ["ثاني", 1],
      ["ثانية", 1],
      ["ثالث", 2],
      ["ثالثة", 2],
      ["رابع", 3],
      ["رابعة", 3],
    ] as [string, number][]
  ).map(([w, k]) => [foldWord(w), k]),
);
/** How many words before the brackets may describe the one they name («صاحب مقاولة الأشغال»). */
const DESCRIBED_BY = 4;

const bareWords = (s: string): string[] =>
  s
    .split(/[\s\u00A0،,]+/u)
    .filter(Boolean)
    .map((w) => foldWord(w).replace(/^(?:و|ف)?ال/u, ""));

/** Someone the text names by initials in brackets, where, and the words before the brackets that describe them. */
export interface Initialled {
  pos: number;
  initials: string;
  described: string[];
}

/** Everyone the text names by initials in brackets, in order, each once (read once per article). */
export function initialledPeople(text: string): Initialled[] {
  const named: Initialled[] = [];
  for (const m of text.matchAll(BRACKETED_INITIALS)) {
    const initials = (m[1] as string).replace(/[\s\u00A0]/gu, "");
    if (named.some((n) => n.initials === initials)) continue;
    const at = m.index ?? 0;
    const before =
      text
        .slice(Math.max(0, at - 80), at)
        .split(/[،,.\n]/u)
        .pop() ?? "";
    named.push({ pos: at, initials, described: bareWords(before).slice(-DESCRIBED_BY) });
  }
  return named;
}

/**
 * The initials a mention of an accused stands for, among those the text gave in brackets before `at`: by
 * rank («المتهم الثاني» is the second named) or by the description before the brackets («صاحب المقاولة»
 * for «صاحب مقاولة الأشغال (م.ب)»). Null when the text names no one so, or the mention fits none.
 */
export function accusedByInitials(people: readonly Initialled[], at: number, mention: string): string | null {
  const named = people.filter((n) => n.pos < at);
  if (!named.length) return null;
  const rank = RANKED.exec(mention.trim());
  const k = rank ? RANKS.get(foldWord(rank[1] as string)) : undefined;
  if (k !== undefined) return named[k]?.initials ?? null;
  // «صاحب المقاولة» (the article's words, maybe after a comma in the mention): every word in the description
  const parts = mention.split(/[،,]/u).map(bareWords);
  const fits = named.filter((n) =>
    parts.some((ws) => ws.length > 1 && ws.every((w) => n.described.includes(w))),
  );
  return fits.length === 1 ? (fits[0]?.initials ?? null) : null;
}
