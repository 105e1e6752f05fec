// The speaker phrase after an inverted verb ("…,” said Sen. Smith, a Democrat."), and lowercase words
// before a speaker phrase that belong to it.
import { lowerOf, type Token } from "../text/tokens.ts";
import { LEADING_LINKS } from "./leading-links.ts";
import { INSTITUTION_HEADS, PRONOUNS, SUBJECT_STOPS, TIME_WORDS } from "./lexicon.ts";
import { parseEnglishMention } from "./mention.ts";
import { isCap, npWord } from "./np-words.ts";
import { abbreviation, ROLE_HEAD, TITLE_HEADS } from "./person-words.ts";
import { joinsName } from "./portfolio-and.ts";
import type { SourceSpan } from "./source.ts";
import { isCapWord, particle } from "./speaker-start.ts";

// (re-exported for en/claims.ts, which imports the rest of the speaker walk from here)
export type { SourceSpan };

const lower = lowerOf;

/** The speaker phrase right after an inverted verb ("…,” said Sen. Smith, a Democrat."). */
export function subjectAfter(text: string, toks: Token[]): SourceSpan | null {
  const first = toks[0];
  if (!first?.word) return null;
  if (PRONOUNS.has(lower(first))) return { start: first.start, end: first.end, pronoun: true };
  // "The plant, announced in 2023, was …": a preposition after the verb opens an adjunct, not a speaker
  if (LEADING_LINKS.test(`${lower(first)} `)) return null;
  let end = -1;
  let i = 0;
  let joinedPortfolio = false;
  for (; i < toks.length; i++) {
    const t = toks[i] as Token;
    // "said the coach on Saturday", "said Smith Monday": the day of the statement is no part of the speaker
    if (i > 0 && (WEEKDAY.test(t.text) || (/^on$/i.test(t.text) && WEEKDAY.test(toks[i + 1]?.text ?? ""))))
      break;
    if (
      t.text === "." &&
      i > 0 &&
      ((toks[i - 1] as Token).text.length <= 4 || !!abbreviation(lower(toks[i - 1] as Token))) &&
      toks[i + 1] &&
      (isCap(toks[i + 1] as Token) || initialBeforeParticle(toks, i))
    )
      continue;
    if (t.text === "/" && /\d$/.test(toks[i - 1]?.text ?? "") && /^\d/.test(toks[i + 1]?.text ?? ""))
      continue; // "9/11"
    // "said 9/11 widow Terry Strada", "said financial analyst Daniel Koh": a lowercase description (one
    // or two words) right before the capitalised name
    const lowerDescriptor = (u: Token | undefined): boolean =>
      !!u?.word && /^[a-z]+$/.test(u.text) && !SUBJECT_STOPS.has(u.text);
    const describesName =
      lowerDescriptor(t) &&
      (isCapWord(toks[i + 1]) || (lowerDescriptor(toks[i + 1]) && isCapWord(toks[i + 2])));
    // "said Piet van der Merwe": particles inside the name
    const inName =
      particle(t) &&
      (isCapWord(toks[i - 1]) || initialBeforeParticle(toks, i - 1)) &&
      (isCapWord(toks[i + 1]) || (particle(toks[i + 1]) && isCapWord(toks[i + 2])));
    // "said the Brazilian foreign ministry", "said the city council": a body's kind after its modifiers
    const body =
      i > 0
        ? INSTITUTION_HEADS.has(t.text) || modifiesBody(toks, i) || (i === 1 && describedBodyAtEnd(toks))
        : describedBodyAtEnd(toks);
    // "said the Minister of Lands and Natural Resources": "and" inside the portfolio
    const portfolio = i > 0 && portfolioAndAfter(toks, i);
    joinedPortfolio ||= portfolio;
    if (
      !describesName &&
      !inName &&
      !body &&
      !portfolio &&
      (!npWord(t) || (SUBJECT_STOPS.has(lower(t)) && !isCap(t)))
    )
      break;
    end = t.end;
  }
  if (end < 0) return null;
  end = nounPhraseTail(text, toks, first.start, end, i);
  const span = trimTrailingLinks(text, first.start, end);
  if (!span) return null;
  // "said the lead author, Dr. Priya Ram, an epidemiologist …": a lowercase role, then the name it describes
  // (or a capitalised office: "said the Minister of Lands, Samuel Abu Jinapor.")
  // ("said the Minister of Works, Transport and Infrastructure, Olo Fiti Vaai": the portfolios listed first)
  const roleFirst = roleBeforeName(text.slice(span[0], span[1]));
  // ("said the Director General of the Sierra Leone Roads Authority (SLRA), Eng. X": the body's initials first)
  const initials = roleFirst ? (BODY_INITIALS.exec(text.slice(span[1], span[1] + 16))?.[0].length ?? 0) : 0;
  const listed = roleFirst
    ? initials +
      (LISTED_PORTFOLIOS.exec(text.slice(span[1] + initials, span[1] + initials + 90))?.[0].length ?? 0)
    : 0;
  const named = roleFirst ? NAME_AFTER_ROLE.exec(text.slice(span[1] + listed, span[1] + listed + 60)) : null;
  // (an office with an "and" in its portfolio speaks here only with its holder named, after a comma or right
  // after the portfolio — "said Minister of Lands and Natural Resources Kofi Asare.": the mention parse would
  // split "the Minister of Trade and Industry" at the "and")
  if (joinedPortfolio && !named && !holderAfterPortfolio(text.slice(span[0], span[1]))) return null;
  const nameEnd = span[1] + (named ? listed + named[0].length : 0);
  // ("said Chen Wei-ting (陳瑋廷)": the name in its own script, in parentheses, is part of the mention)
  const native = NATIVE_SCRIPT_NAME.exec(text.slice(nameEnd, nameEnd + 24));
  const fullEnd = nameEnd + (native ? native[0].length : 0);
  // ("…,” said Jonas Ekberg, head of container research at Nordvik Maritime Consulting.": the appositive
  // that closes the sentence is part of the mention)
  // (not one with "and": two roles, "a fire ecologist at … and the study’s lead author", read as one speaker;
  // nor the writer's comment on the words: "the first time he has spoken …", "the latest sign of …")
  const appositive = named ? undefined : CLOSING_APPOSITIVE.exec(text.slice(fullEnd, fullEnd + 160))?.[0];
  const role =
    appositive && !/\sand\s/.test(appositive) && !WRITERS_COMMENT.test(appositive) ? appositive.length : 0;
  return { start: span[0], end: fullEnd + role, pronoun: false };
}
/**
 * A lowercase role ("the lead author", "the chairman of the Bagamoyo fishermen's cooperative") or a capitalised office
 * with its portfolio or body ("the Minister of Lands", "the Chairman of the Bagamoyo Cooperative").
 */
const ROLE_BEFORE_NAME =
  /^(?:the|a|an|its|their)\s(?:[a-z][a-z\s’'-]*(?:\s(?:of|for|at)\s(?:the\s)?[\p{L}\s’'-]+)?|(?:\p{Lu}[\p{L}-]*\s)*(\p{Lu}[\p{L}-]*)\s(?:of|for)\s(?:the\s)?\p{Lu}[\p{L}\s’'-]*)$/u;
const roleBeforeName = (words: string): boolean => {
  const m = ROLE_BEFORE_NAME.exec(words);
  // ("the Director General of the Roads Authority": a rank after its office word)
  return !!m && (m[1] === undefined || TITLE_HEADS.has(m[1]) || m[1] === "Chairperson" || m[1] === "General");
};
/** The mention names a person after an office whose portfolio has an "and" (not "and Industry" as the name). */
function holderAfterPortfolio(mention: string): boolean {
  const parse = parseEnglishMention(mention);
  return (
    parse.kind === "person" &&
    !!parse.name &&
    !/\band\b/.test(parse.name) &&
    /\band\b/.test(parse.title ?? "")
  );
}
/** toks[i] is an "and" inside a portfolio after "of"/"for" ("Minister of Lands and Natural Resources"). */
function portfolioAndAfter(toks: Token[], i: number): boolean {
  const t = toks[i] as Token;
  if (lower(t) !== "and" || !isCapWord(toks[i + 1])) return false;
  return joinsName(
    toks.slice(Math.max(0, i - 4), i + 1).map((u) => u.text),
    Math.min(i, 4),
  );
}
/** A comment on the words, not the speaker's role: a clause of its own, or a noun of what the words are. */
const WRITERS_COMMENT =
  /\b(?:he|she|they|we|I)\b|^,[\s\u00A0]+(?:a|an|the)[\s\u00A0]+(?:[a-z-]+[\s\u00A0]+){0,2}?(?:time|sign|signal|message|remark|comment|reference|indication|reminder|echo|nod|admission|suggestion|hint|step|move|blow|setback|rebuke|swipe|dig|jab|warning)s?\b/;
// (not a time: "said Jonas Ekberg, a day after the vote.")
// (an appositive of its own inside: "head of research at Kelani Capital, a Colombo-based investment bank.")
const CLOSING_APPOSITIVE =
  /^,[\s\u00A0]+(?:(?:a|an|the)[\s\u00A0]+(?!(?:day|week|month|year|morning|afternoon|evening|night|hour|moment|minute|time|weekend|eve)s?\b)|(?:(?!\S+(?:ing|ed)[\s\u00A0])[a-z-]+[\s\u00A0]+){1,3}(?:of|at|for)[\s\u00A0]+)[^,.;:!?“”"()]*?(?:,[\s\u00A0]+(?:a|an|the)[\s\u00A0][^,.;:!?“”"()]*?)?(?=\.(?:[\s\u00A0]|$))/;
const NATIVE_SCRIPT_NAME =
  /^[\s\u00A0]*\((?:[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]){1,12}\)/u;
/** ", Transport and Infrastructure" after "the Minister of Works": more portfolios, the last after "and". */
const LISTED_PORTFOLIOS =
  /^(?:,[\s\u00A0]+\p{Lu}[\p{L}-]*(?:[\s\u00A0]+\p{Lu}[\p{L}-]*){0,2})*,?[\s\u00A0]+and[\s\u00A0]+\p{Lu}[\p{L}-]*(?:[\s\u00A0]+\p{Lu}[\p{L}-]*){0,2}(?=,)/u;
const BODY_INITIALS = /^[\s\u00A0]*\(\p{Lu}[\p{Lu}\p{Ll}&.-]{1,11}\)/u;
const NAME_AFTER_ROLE =
  /^,[\s\u00A0]+(?:(?:Dr|Prof|Mr|Ms|Mrs|Eng|Engr|Hon|Rt\.?[\s\u00A0]+Hon)\.?[\s\u00A0]+)?['‘’]?\p{Lu}[\p{L}’'-]+(?:[\s\u00A0]+\p{Lu}[\p{L}’'-]+)+(?=[\s\u00A0]*(?:[,.;–—]|-[\s\u00A0]))/u;

/** A body's kind or an office: the head that lowercase modifiers may stand before ("weather service", "finance minister"). */
const isHead = (u: Token | undefined): boolean =>
  !!u?.word && (INSTITUTION_HEADS.has(u.text) || ROLE_HEAD.test(u.text));
/**
 * "…, says heritage body", "…, say health chiefs" (headline style): one lowercase word describing a body or its
 * heads, the phrase closing the clause.
 */
const BARE_HEADS =
  /^(?:body|bodies|chief|chiefs|boss|bosses|watchdog|regulator|charity|group|union|council)$/;
function describedBodyAtEnd(toks: Token[]): boolean {
  const [first, head, after] = toks;
  return (
    !!first?.word &&
    /^[a-z]+$/.test(first.text) &&
    !SUBJECT_STOPS.has(first.text) &&
    !!head?.word &&
    BARE_HEADS.test(head.text) &&
    (!after || /^[.,;]$/.test(after.text))
  );
}
/** toks[i] is one of one or two lowercase modifiers before a body's kind or an office ("the weather service"). */
function modifiesBody(toks: Token[], i: number): boolean {
  if (!isModifier(toks[i])) return false;
  return isHead(toks[i + 1]) || (isModifier(toks[i + 1]) && isHead(toks[i + 2]));
}
const isModifier = (u: Token | undefined): boolean => !!u?.word && lowercaseNameWord(u.text);

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** "of the", "for the local": a link inside the speaker phrase to the body it serves. */
const LINK_TO_BODY = /\b(?:of|for|at|from|with)[\s\u00A0]+(?:the|a|an|his|her|its|their)\b/i;
/**
 * "said a spokesman for the local health trust.", "said Raj Patel of the residents’ association,": the
 * lowercase words that finish the body's name before the clause ends (up to three, none a link word).
 */
function nounPhraseTail(text: string, toks: Token[], start: number, end: number, i: number): number {
  if (!LINK_TO_BODY.test(text.slice(start, end))) return end;
  for (let k = i; k < Math.min(toks.length, i + 4); k++) {
    const t = toks[k] as Token;
    if (t.text === "’" || t.text === "'") continue;
    if (!t.word) return k > i && /^[.,;!?]$/.test(t.text) ? (toks[k - 1] as Token).end : end;
    // ("… of the family firm yesterday.": a time word after the name ends it)
    if (TIME_WORDS.has(t.text)) return k > i ? (toks[k - 1] as Token).end : end;
    if (!lowercaseNameWord(t.text)) return end;
  }
  return end;
}
const LINK_WORDS = new Set("of for at to from in on with and or the a an by".split(" "));
/** A lowercase word that may be part of a body's name ("health", "residents"): no link or stop word. */
const lowercaseNameWord = (w: string): boolean =>
  /^[a-z][a-z-]*$/.test(w) && !SUBJECT_STOPS.has(w) && !LINK_WORDS.has(w);

const TRAILING_LINKS = /(?:\s+(?:of|for|at|to|from|in|with|and|the|a|an))+$/i;
function trimTrailingLinks(text: string, start: number, end: number): [number, number] | null {
  const s = text.slice(start, end);
  const m = TRAILING_LINKS.exec(s);
  const e = end - (m ? m[0].length : 0);
  return e > start ? [start, e] : null;
}

/** Up to three lowercase words between a comma and the speaker phrase belong to it ("…, top black lawmakers"). */
const MODIFIERS_AFTER_COMMA = /,[\s\u00A0]+((?:[a-z][a-z-]*[\s\u00A0]+){1,3})$/;
export function widenToComma(text: string, floor: number, subject: SourceSpan): SourceSpan {
  const before = text.slice(Math.max(floor, subject.start - 40), subject.start);
  const m = MODIFIERS_AFTER_COMMA.exec(before);
  if (!m) return subject;
  const words = (m[1] as string).trim().split(/[\s\u00A0]+/);
  if (words.some((w) => SUBJECT_STOPS.has(w) || PRONOUNS.has(w))) return subject;
  return { ...subject, start: subject.start - (m[1] as string).length };
}

/** "Prof. Theophilus M. wa Kariuki": toks[i] is the full stop of a middle initial before a particle's name. */
const initialBeforeParticle = (toks: Token[], i: number): boolean =>
  toks[i]?.text === "." &&
  /^[A-Z]$/.test(toks[i - 1]?.text ?? "") &&
  particle(toks[i + 1]) &&
  isCapWord(toks[i + 2]);
