import { foldWord, PERSON_TITLES } from "./ar/lexicon.ts";
import { parseArabicMention } from "./ar/mention.ts";
import { readSubject } from "./ar/subject.ts";
import type { ArticleView } from "./draft.ts";
import type { MentionParse } from "./speakers.ts";
import { tokensForward } from "./text/tokens.ts";

/** A full name met anywhere in the article, so that a later «ترامب» or "Clinton" gets the full name. */
export interface NameMention {
  pos: number;
  parse: MentionParse;
}

const MAX_TOKENS_PER_SENTENCE = 400;

/** «الرئيس الأمريكي دونالد ترامب»: a person title followed by a name. */
function arabicNames(view: ArticleView, before: number): NameMention[] {
  const { text } = view;
  const out: NameMention[] = [];
  for (const s of view.sentences) {
    if (s.start >= before) break;
    for (const t of tokensForward(text, s.start, s.end, MAX_TOKENS_PER_SENTENCE)) {
      if (t.start >= before) break;
      if (!t.word || !PERSON_TITLES.has(foldWord(t.text))) continue;
      const span = readSubject(text, t.start, s.end, new Set());
      if (!span) continue;
      const parse = parseArabicMention(text.slice(span.start, span.end));
      if (parse.name && parse.title) out.push({ pos: t.start, parse });
    }
  }
  return out;
}

const NOT_NAMES = new Set(
  (
    "The A An In On At But And If When After Before As For From With By Of To He She It They We I You This That These Those " +
    "Mr Mrs Ms Dr Sen Rep Gov President Senator Secretary Minister General Governor Mayor Judge " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December New North South East West United States House White Democrats Republicans " +
    "Democratic Republican Party Committee Department Times Post News Journal Street University Institute Center " +
    "Council Court Senate Congress Campaign Foundation Association County City State National Federal American " +
    "Said Says Added Adds Asked Asks Wrote Writes Noted Warned Replied Recalled Told According"
  ).split(" "),
);
const EN_TITLES: Record<string, string> = {
  sen: "senator",
  senator: "senator",
  rep: "representative",
  representative: "representative",
  gov: "governor",
  governor: "governor",
  gen: "general",
  general: "general",
  president: "president",
  mayor: "mayor",
  secretary: "secretary",
  judge: "judge",
  minister: "minister",
  dr: "doctor",
  chairman: "chairman",
};
const EN_NAME =
  /\b(?:(Sen|Rep|Gov|Gen|Dr|Senator|Representative|Governor|General|President|Mayor|Secretary|Judge|Minister|Chairman)\.?\s+)?([A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?)(?:\s+([A-Z])\.)?\s+([A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?)\b/g;

/** "Hillary Clinton", "John F. Kennedy": two capitalised words that look like a given and a family name. */
function englishNames(view: ArticleView, before: number): NameMention[] {
  const { text } = view;
  const out: NameMention[] = [];
  EN_NAME.lastIndex = 0;
  for (let m = EN_NAME.exec(text); m && m.index < before; m = EN_NAME.exec(text)) {
    const title = m[1] ? (EN_TITLES[m[1].toLowerCase()] ?? null) : null;
    const first = m[2] as string;
    const last = m[4] as string;
    const nameStart = m.index + m[0].indexOf(first, m[1] ? m[1].length : 0);
    if (NOT_NAMES.has(first) || NOT_NAMES.has(last)) {
      EN_NAME.lastIndex = nameStart + first.length; // the family name may start the next pair
      continue;
    }
    const name = text.slice(nameStart, m.index + m[0].length);
    out.push({ pos: m.index, parse: { name, title, kind: "person", pronoun: false } });
  }
  return out;
}

/** The full names met before position `before` (later ones can no longer name a claim's speaker). */
export function nameMentions(view: ArticleView, lang: "ar" | "en", before: number): NameMention[] {
  return lang === "ar" ? arabicNames(view, before) : englishNames(view, before);
}
