// Arabic full names met in an article: a person title and the name after it, a counterpart met.
import type { ArticleView } from "../draft.ts";
import type { NameMention } from "../names.ts";
import type { MentionParse } from "../speakers.ts";
import { firstAtOrAfter } from "../text/sorted.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { actingBody } from "./acting-body.ts";
import { counterpartName } from "./counterpart.ts";
import { headlineName } from "./headline-names.ts";
import { foldWord, PERSON_TITLES, PREPOSITION_PRONOUN } from "./lexicon.ts";
import { parseArabicMention } from "./mention.ts";
import { nameBeforeObject } from "./name-object.ts";
import { verbLemma } from "./phrase.ts";
import { nameInPart } from "./pure-name.ts";
import { readSubject } from "./subject.ts";
import { withoutObject } from "./without-object.ts";

const MAX_TOKENS_PER_SENTENCE = 400;

/**
 * «الرئيس الأمريكي دونالد ترامب»: a person title followed by a name; the name ends before any claim's cue
 * (`cueStarts`: «الناطق باسم الجيش X Y نفى …», «عن رئيس البلدية X Y قوله …»).
 */
export function arabicNames(view: ArticleView, before: number, cueStarts: number[]): NameMention[] {
  const { text } = view;
  const out: NameMention[] = [];
  const cues = [...cueStarts].sort((a, b) => a - b);
  for (const s of view.sentences) {
    if (s.start >= before) break;
    // (a title inside the phrase just read is not another person's: «نائب رئيس الوزراء X» has no «رئيس الوزراء X»)
    let covered = -1;
    const toks = tokensForward(text, s.start, s.end, MAX_TOKENS_PER_SENTENCE);
    const body = s.start < before ? actingBody(text, s, toks) : null;
    if (body) out.push(body);
    toks.forEach((t, k) => {
      if (t.start >= before || !t.word || t.start < covered) return;
      const titled = PERSON_TITLES.has(foldWord(t.text));
      const joined = !titled && joinedTitle(t);
      if (!joined && !titled) {
        // («X ونظيره Y»: joined to the person named before it, whatever the verb)
        const andCounterpart = t.text.startsWith("ونظير");
        const counterpart =
          t.text.startsWith(COUNTERPART) || andCounterpart
            ? counterpartAt(text, t.start + (andCounterpart ? 1 : 0), s.end, andCounterpart)
            : null;
        if (counterpart) out.push({ pos: t.start, parse: counterpart });
        return;
      }
      // «حضر وزير المالية X ومحافظ البنك المركزي Y»: each title of a coordination opens its own name
      const from = joined ? t.start + 1 : t.start;
      // (not «رئيس الوزراء ووزير الدفاع X», one person's two offices: the first title then has no name)
      let next: Token | undefined;
      for (let j = k + 1; j < toks.length && !next; j++) {
        const o = toks[j] as Token;
        if (o.word && joinedTitle(o)) next = o;
      }
      const own = next ? readSubject(text, from, next.start, new Set()) : null;
      const named = own && parseArabicMention(text.slice(own.start, own.end)).name;
      const read = named ? own : readSubject(text, from, s.end, new Set());
      // «وصف رئيس الوزراء X القرار بأنه …»: the verb's object is no part of the name
      // («وهاجم الوزير X المعارضة، قائلا …»: so is the object of a verb that reports nothing)
      const span =
        read && t.start === from
          ? withoutObject(text, read, toks[k - 1]?.text ?? "", verbLemma(text, from), false)
          : read;
      if (!span) return;
      covered = span.end;
      // «وزير التجارة وترقية الصادرات، كمال بن عيسى»: a name in the apposition after the phrase is the
      // person's name, and what the phrase reads as a name is part of the title
      const apposition = /^[\s\u00A0]*[،,][\s\u00A0]*([^،,.:]{2,60}?)[\s\u00A0]*[،,]/u.exec(
        text.slice(span.end, span.end + 70),
      );
      const readEnd =
        apposition?.[1] && (nameInPart(apposition[1]) || titledNameInPart(apposition[1]))
          ? span.end + apposition[0].indexOf(apposition[1]) + apposition[1].length
          : span.end;
      // (the first cue after the phrase's start; cue positions are whole numbers)
      const end = Math.min(readEnd, cues[firstAtOrAfter(cues, span.start + 1, (c) => c)] ?? readEnd);
      const parse = headlineName(view, from, parseArabicMention(text.slice(span.start, end)));
      // («الشركة المفوض لها …»: a participle and its preposition, no title and name)
      if (
        parse?.name &&
        parse.title &&
        !PREPOSITION_PRONOUN.test(parse.name.split(/[\s\u00A0]+/u)[0] as string)
      )
        out.push({ pos: from, parse: { ...parse, name: nameBeforeObject(parse.name) } });
    });
  }
  return out;
}

const COUNTERPART = "نظير";
/** «التقى», «استقبل», «اجتمع مع», «بحث مع», «هاتف»: a meeting or call, whose object the counterpart is. */
const MET =
  /(?<![\p{L}])(?:[وف]?(?:التق|يلتق|تلتق|استقبل|يستقبل|تستقبل|هاتف|يهاتف|تهاتف|زار|يزور|تزور)\p{L}*|مع)[\s\u00A0]/u;
/** «ومحافظ», «والوزير»: a person title joined by و (not «وزير», «والي» themselves). */
const joinedTitle = (t: Token): boolean =>
  t.text.length > 3 && t.text[0] === "و" && PERSON_TITLES.has(foldWord(t.text.slice(1)));

/** «التقى الوزير X نظيره المصري حسام فريد في …»: a counterpart named as the object of a meeting. */
function counterpartAt(text: string, from: number, end: number, joined = false): MentionParse | null {
  // (not «أبلغ نظيره الإسرائيلي رغبة بلاده في …»: the counterpart told something, the words after are that;
  // `joined`: «ونظيره» coordinated with the person before, met or not)
  if (!joined && !MET.test(text.slice(Math.max(0, from - 80), from))) return null;
  const words = (/^[^،,.:؛«"“]*/u.exec(text.slice(from, Math.min(end, from + 80)))?.[0] ?? "")
    .split(/[\s\u00A0]+/u)
    .filter(Boolean)
    .slice(0, 7);
  for (let n = words.length; n >= 3; n--) {
    const c = counterpartName(words.slice(0, n));
    if (c?.name) return { ...c, kind: "person", pronoun: false };
  }
  return null;
}

/** «، المحامي عبدالعزيز سالم المطوع،», «، النقيب سالم الهاجري،»: a definite title and the name after it. */
function titledNameInPart(part: string): boolean {
  const m = /^(\S+)[\s\u00A0]+(.+)$/u.exec(part);
  return !!m?.[1] && !!m[2] && /^ال/u.test(m[1]) && PERSON_TITLES.has(foldWord(m[1])) && !!nameInPart(m[2]);
}
