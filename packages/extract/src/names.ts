import { arabicNames } from "./ar/titled-names.ts";
import { EN_WEEKDAY_ALTERNATION, EN_WEEKDAY_NAMES } from "./dates.ts";
import type { ArticleView } from "./draft.ts";
import { appositiveTitles } from "./en/appositive-titles.ts";
import { describedSubjects } from "./en/described-subjects.ts";
import { titleCaseHeadlineEnd } from "./en/headline-case.ts";
import { lowercaseRoleStart } from "./en/lowercase-roles.ts";
import { parseEnglishMention } from "./en/mention.ts";
import { throughNameMarks } from "./en/name-run-marks.ts";
import { officeStartBefore } from "./en/office-before-run.ts";
import { throughParticles } from "./en/particle-names.ts";
import { passingName } from "./en/passing-names.ts";
import { CAPITAL_TITLES, genderOf, INDUSTRY_TAILS } from "./en/person-words.ts";
import { PLACE_TAILS } from "./en/place-tails.ts";
import { OFFICE_AT_BODY, OFFICE_AT_BODY_OF } from "./en/title-body.ts";
import type { MentionParse } from "./speakers.ts";
import { capitalRunAfter, capitalRunBefore, hyphenatedWordEnd } from "./text/capitals.ts";
import { isJsSpace, spacedWordBefore } from "./text/chars.ts";
import { sentenceAt } from "./text/segment.ts";
import { startsWord } from "./text/tokens.ts";
import { WordsAt } from "./text/words-at.ts";

/** A full name met anywhere in the article, so that a later «ترامب» or "Clinton" gets the full name. */
export interface NameMention {
  pos: number;
  parse: MentionParse;
  /** The name opens its sentence ("Arizona Gov. Luis Cantera, a Democrat, has …"): a new subject. */
  lead?: boolean;
  /** A single word that only brings back someone already named ("Korvane, based in San Jose, …"). */
  knownOnly?: boolean;
}

const NOT_NAMES = new Set([
  ...EN_WEEKDAY_NAMES,
  ...(
    "The A An In On At But And Both If When After Before As For From With By Of To He She It They We I You This That These Those " +
    "Mr Mrs Ms Dr Sen Rep Gov President Senator Secretary Minister General Governor Mayor Judge " +
    "January February March April May June July August " +
    "September October November December New North South East West United States House White Democrats Republicans " +
    "Democratic Republican Party Committee Department Times Post News Journal Street University Institute Center " +
    "Council Court Senate Congress Campaign Foundation Association County City State National Federal American " +
    "Said Says Added Adds Asked Asks Wrote Writes Noted Warned Replied Recalled Told According"
  ).split(" "),
]);
// (letters with accents too, "Arianna Podestà", "Łukasz Wójcik": a word ends only where its letters do)
// (the first lookahead only lets the engine skip cheaply to a possible capital: \p{Lu} is [A-Z] or at U+00C0 on)
// (spaces within a line: a headline's last word and the body's first are no name)
const EN_NAME =
  /(?=[A-Z\u00C0-\u{10FFFF}])(?<![\p{L}\p{M}\p{N}_])(?:(Sen|Rep|Gov|Gen|Dr|Senator|Representative|Governor|General|President|Mayor|Secretary|Judge|Minister|Chairman)\.?[^\S\n]+)?(\p{Lm}?\p{Lu}[\p{Ll}\p{Lm}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{Lm}\p{M}]+)?)(?:[^\S\n]+(\p{Lu})\.)?[^\S\n]+(\p{Lm}?\p{Lu}[\p{Ll}\p{Lm}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{Lm}\p{M}]+)?)(?![\p{L}\p{M}\p{N}_])/gu;

/**
 * EN_NAME and SINGLE for a text with no letter, mark or digit beyond ASCII (most English ones): there they
 * match exactly what these ASCII regexes match, and these run several times faster.
 */
const EN_NAME_ASCII =
  /\b(?:(Sen|Rep|Gov|Gen|Dr|Senator|Representative|Governor|General|President|Mayor|Secretary|Judge|Minister|Chairman)\.?[^\S\n]+)?([A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?)(?:[^\S\n]+([A-Z])\.)?[^\S\n]+([A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?)\b/g;
const SINGLE_ASCII = /\b[A-Z][a-z]+\b(?![’'-])/g;
const BEYOND_ASCII = /[^\0-\x7F]/g;
const WORD_UNIT = /^[\p{L}\p{M}\p{N}]/u;

/** The text has a letter, mark or digit beyond ASCII (most English texts have none: at most curly quotes and dashes). */
function hasNonAsciiWordUnit(text: string): boolean {
  BEYOND_ASCII.lastIndex = 0;
  // (test, not exec: the unit found is the one before lastIndex; no match array for each quote mark or dash)
  while (BEYOND_ASCII.test(text)) {
    // (a surrogate pair is tested as its code point, and the scan goes on after it; a unit of the BMP by
    // the tokenizer's table, the same test beyond ASCII, learnt once per unit)
    const c = text.codePointAt(BEYOND_ASCII.lastIndex - 1) as number;
    if (c <= 0xffff ? startsWord(c) : WORD_UNIT.test(String.fromCodePoint(c))) return true;
    if (c > 0xffff) BEYOND_ASCII.lastIndex++;
  }
  return false;
}

/** Words that open a sentence before a name, not part of it. */
const STARTERS = new RegExp(
  `^(?:(?:The|A|An|In|On|At|But|And|If|When|After|Before|As|For|From|With|By|Of|To|This|That|These|Those|Asked|Speaking|According|Meanwhile|However|Earlier|Later|Last|Although|Though|While|Whereas|Because|Unless|Even|Once|${EN_WEEKDAY_ALTERNATION})\\s+)+`,
);

/** Last words that make a capitalised run an institution ("Halvard Motors", "Malawi Police Service"). */
const ORG_TAILS = new Set(
  (
    "Ministry Department Office Agency Commission Committee Council Shire Court Service Police Force Forces Army Navy " +
    "Command Survey Guard Directorate Secretariat Inspectorate " +
    "Programme Program Fund Bank Union Network Group Trust Association Institute Foundation Party Company Corp " +
    "Corporation Inc Ltd Motors Airlines Airways Holdings Industries Technologies Systems Partners Capital " +
    "Semiconductor Semiconductors Energy Pharma Pharmaceuticals Authority Administration Bureau Board Organization " +
    "Organisation Nations Parliament Assembly University College Hospital Museum Gallery Library Alliance Coalition Federation League " +
    "Engineering Shipbuilding Construction Logistics Insurance Securities Investments Properties Developments " +
    // football clubs ("Hartwell Rovers", "Brackley Athletic FC"): "a club spokesman" speaks for them
    "Rovers Wanderers Rangers Albion Athletic Hotspur FC"
  )
    .split(" ")
    .concat([...INDUSTRY_TAILS]),
);

/** The sentence-initial words before a name that still let it open its sentence ("Arizona Gov."). */
// (also lowercase roles between: "Brackley manager Ines Corrado", "White House press secretary Karina Osei")
const LEAD_GAP =
  /^(?:(?:\p{Lu}[\p{L}\p{M}\w.’'-]*|manager|boss|skipper|owner|founder|coach|captain|striker|midfielder|defender|goalkeeper|forward|player|chief|executive|director|secretary|press|minister|president|spokesman|spokeswoman|spokesperson|mayor|governor|senator|official|analyst|meteorologist|leader|chairman|chairwoman|head|officer|commissioner|economist|lawyer|attorney|general)\s+){0,4}$/u;

/** A short time or place phrase that may open a sentence before its subject ("On Monday, …"). */
const LEAD_ADJUNCT =
  /^(?:In|On|At|During|After|Before|Later|Earlier|Meanwhile|Last|This|Since|Speaking)\b[^,.;:“”"]{0,60},[\s\u00A0]+/;

/** "His deputy, ", "The party's treasurer, ": a role before the name it describes, which opens the sentence. */
const ROLE_APPOSITION = /^(?:His|Her|Its|Their|The)\s+(?:[\p{L}’'-]+\s+){0,2}[a-z-]+,\s+$/u;

function leadAt(view: ArticleView, pos: number): boolean {
  const s = sentenceAt(view.sentences, pos);
  if (!s) return false;
  // "During a CNN town hall, Tina Houchins had a question …": an opening adjunct, then the subject
  const gap = view.text.slice(s.start, pos);
  const adjunct = LEAD_ADJUNCT.exec(gap);
  const before = adjunct ? gap.slice(adjunct[0].length) : gap;
  return LEAD_GAP.test(before) || ROLE_APPOSITION.test(before);
}

/** parseEnglishMention, memoised per article (`parsed`): the same names recur through an article. */
function parseRun(run: string, parsed: Map<string, MentionParse>): MentionParse {
  let parse = parsed.get(run);
  if (!parse) {
    parse = parseEnglishMention(run);
    parsed.set(run, parse);
  }
  return parse;
}

/** The words of a parse's name when it names a person by two words or more, else null (memoised in `known`). */
function personNameWords(parse: MentionParse, known: Map<MentionParse, string[] | null>): string[] | null {
  let words = known.get(parse);
  if (words === undefined) {
    const name = parse.name;
    words = name && parse.kind === "person" && name.includes(" ") ? name.split(/\s+/) : null;
    const last = words?.[words.length - 1] as string;
    if (words && (words.some((w) => NOT_NAMES.has(w)) || ORG_TAILS.has(last) || PLACE_TAILS.has(last)))
      words = null;
    known.set(parse, words);
  }
  return words;
}

/** "Hillary Clinton", "John F. Kennedy": two capitalised words that look like a given and a family name. */
function englishNames(view: ArticleView, before: number, parsed: Map<string, MentionParse>): NameMention[] {
  const { text } = view;
  const out: NameMention[] = [];
  const nameWords = new Set<string>();
  const personWords = new Map<MentionParse, string[] | null>();
  const ascii = !hasNonAsciiWordUnit(text);
  const nameScan = ascii ? EN_NAME_ASCII : EN_NAME;
  const bodyStart = titleCaseHeadlineEnd(view);
  // (a listed company needs "shares" or "stock" beside it: most articles have neither word anywhere)
  const shares = text.includes("hares") || text.includes("tock");
  nameScan.lastIndex = bodyStart;
  for (let m = nameScan.exec(text); m && m.index < before; m = nameScan.exec(text)) {
    // the whole capitalised run, read like a mention: "Chief Financial Officer Mark Delacroix" names
    // Mark Delacroix, not "Chief Financial" and "Officer Mark"
    // (within its line: a live blog's "12.09 GMT" stamp above a post is no part of the name that opens it)
    // (nor across a sentence's end: "… arrived on Monday. Although Lindqvist has …")
    const lineStart = Math.max(
      text.lastIndexOf("\n", m.index - 1) + 1,
      sentenceAt(view.sentences, m.index)?.start ?? 0,
    );
    const left = capitalRunBefore(text, Math.max(lineStart, m.index - 80), m.index);
    const matchEnd = m.index + m[0].length;
    let start = left < 0 ? m.index : left;
    const lineEnd = text.indexOf("\n", matchEnd);
    const runEnd = Math.min(lineEnd < 0 ? text.length : lineEnd, matchEnd + 80);
    const capitals = capitalRunAfter(text, matchEnd, runEnd);
    const marked = throughNameMarks(text, capitals, runEnd);
    const end = throughParticles(text, marked, runEnd);
    nameScan.lastIndex = end;
    let run = text.slice(start, end);
    // "Secretary for Transport Alan Wong Ka-ming": the office and its portfolio before the run are its title
    const officeStart = officeStartBefore(text, lineStart, start, end);
    const office = officeStart >= 0;
    if (office) {
      start = officeStart;
      run = text.slice(start, end);
    }
    // ("Minister of State at the Department of Transport Cathal Brennan": the office, its body, the name)
    // (the regex ends in "of" or "for": tested first, as most names have neither before them)
    const atBody =
      office || !(spacedWordBefore(text, start, "of") || spacedWordBefore(text, start, "for"))
        ? null
        : OFFICE_AT_BODY_OF.exec(text.slice(Math.max(lineStart, start - 80), start));
    if (atBody && CAPITAL_TITLES.has(atBody[1] as string)) {
      start -= atBody[0].length;
      run = text.slice(start, end);
    }
    // ("before magistrate Rachel Caruana Montebello": the role is the title a later "the magistrate" finds)
    const role = office || atBody ? start : lowercaseRoleStart(text, start, lineStart);
    if (role < start) {
      start = role;
      run = text.slice(start, end);
    }
    const lead = STARTERS.exec(run);
    if (lead) {
      start += lead[0].length;
      run = run.slice(lead[0].length);
    }
    const parse = parseRun(run, parsed);
    const words = personNameWords(parse, personWords);
    if (!words || passingName(view, start)) continue;
    for (const w of words) nameWords.add(w);
    // ("Shares of Lumora Home tumbled", "Lumora Home shares"): a listed company, which "the company" finds
    const listed = shares && tradedCompany(text, start, end);
    const opens = leadAt(view, start);
    out.push({ pos: start, parse: listed ? { ...parse, kind: "organisation" } : parse, lead: opens });
    // ("Daniel Okoro, 45, appeared …", "John Rudd, a Republican,": titles a later "the 45-year-old" finds)
    // ("Rep. Jane Doe (R-Texas)": a party tag in brackets)
    if (!listed && (text.charCodeAt(end) === 44 || text.startsWith(" (", end)))
      for (const title of appositiveTitles(text, end, (w) => parseRun(w, parsed))) {
        // ("Adaeze Obi, a grandmother of six,": the role shows the gender a later "he" must not take)
        const gender = parse.kind === "person" ? (parse.gender ?? genderOf(title)) : undefined;
        out.push({
          pos: start,
          parse: gender ? { ...parse, title, gender } : { ...parse, title },
          lead: opens,
        });
      }
  }
  // institutions, so that "A spokesman said" and "the ministry" find the body the article named
  EN_ORG.lastIndex = bodyStart;
  for (let m = EN_ORG.exec(text); m && m.index < before; m = EN_ORG.exec(text))
    organisationAt(view, m.index, m.index + m[0].length, { parsed, nameWords, out });
  // a word of a name met above, alone ("Korvane, based in …"): that one is back in focus (not
  // "Korvane's customers")
  const known = new WordsAt<MentionParse>();
  for (const name of nameWords)
    if (!NOT_NAMES.has(name)) known.set(name, { name, title: null, kind: "unknown", pronoun: false });
  const singleScan = ascii ? SINGLE_ASCII : SINGLE;
  singleScan.lastIndex = 0;
  // (test, not exec: most capitalised words are no name's, and need no match array or string)
  while (singleScan.test(text)) {
    const end = singleScan.lastIndex;
    let at = end - 1;
    while (!isUpper(text.charCodeAt(at))) at--;
    if (at >= before) break;
    const parse = known.at(text, at, end);
    if (!parse) {
      // ("Qantas shares fell", "Shares of Tesco rose"): a one-word listed company, which "the carrier" finds
      if (shares && tradedCompany(text, at, end))
        out.push({
          pos: at,
          parse: { name: text.slice(at, end), title: null, kind: "organisation", pronoun: false },
          lead: leadAt(view, at),
        });
      continue;
    }
    // ("Ms Pugh asked him …": the honorific gives the gender that a later "he" must not take)
    const honorific = honorificBefore(text, at);
    const gendered = honorific ? { ...parse, gender: honorific[1] ? ("m" as const) : ("f" as const) } : parse;
    out.push({ pos: at, parse: gendered, knownOnly: true, lead: leadAt(view, at) });
  }
  // "A senior party figure is kinder.": a described person opens a sentence, the next "he" is that person
  for (const d of describedSubjects(view, before)) out.push(d);
  return out.sort((a, b) => a.pos - b.pos);
}

const SHARES_OF = /\b[Ss](?:hares|tock)[\s\u00A0]+(?:of|in)[\s\u00A0]+$/;
const SHARES_AFTER = /^(?:[’']s)?[\s\u00A0]+(?:shares|stock)\b/;
/** The capitalised run text[start, end) is a company whose shares the text speaks of. */
const tradedCompany = (text: string, start: number, end: number): boolean =>
  SHARES_OF.test(text.slice(Math.max(0, start - 16), start)) || SHARES_AFTER.test(text.slice(end, end + 12));

const HONORIFIC_BEFORE = /\b(?:(Mr)|Mrs|Ms|Miss)\.?[\s\u00A0]$/;
/** "Mr ", "Ms. " right before `at` (group 1 set for "Mr"); tested only after a space that follows "r", "s" or ".". */
function honorificBefore(text: string, at: number): RegExpExecArray | null {
  const c = text.charCodeAt(at - 2);
  if (!isJsSpace(text.charCodeAt(at - 1)) || !(c === 114 || c === 115 || c === 46)) return null;
  return HONORIFIC_BEFORE.exec(text.slice(Math.max(0, at - 6), at));
}

/**
 * A capitalised run of two words or more, with "of", "for", "and", "&" or "the" inside it: "Ministry of
 * Disaster Management and Relief". (The same phrases as a scan for one word or more that skips one-word
 * phrases: a phrase cannot start inside a one-word phrase.) Within a line, as names are: a live blog's
 * "12.41 GMT" does not run into the name opening the post it stamps.
 */
const EN_ORG = /\b[A-Z][\w-]*(?:[^\S\n]+(?:(?:of|for|and|&|the|on)[^\S\n]+)*[A-Z][\w-]*)+/g;
const SINGLE =
  /(?=[A-Z\u00C0-\u{10FFFF}])(?<![\p{L}\p{M}\p{N}_])\p{Lm}?\p{Lu}[\p{Ll}\p{Lm}\p{M}]+(?![\p{L}\p{M}\p{N}_’'-])/gu;
const UPPER = /\p{Lu}/u;
const isUpper = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && UPPER.test(String.fromCharCode(c)));
/** "On Monday the", "In March the", "At Westminster the": a fronted phrase before a name the run took in. */
const OPENING_PHRASE_FIRST = /^(?:On|In|At|After|Before|During|Since|Until|By|Following)$/;
const OPENING_PHRASE = /^\S+(?:[^\S\n]+[A-Z][\w-]*){1,3}[^\S\n]+the[^\S\n]+(?=[A-Z])/;
const ORG_HEADS = new Set(["Ministry", "Department", "Office", "Bank", "University", "Reserve", "Central"]);

/** The capitalised phrase text[start, end) (more than one word) when it names an institution. */
function organisationAt(
  view: ArticleView,
  start: number,
  end: number,
  found: { parsed: Map<string, MentionParse>; nameWords: Set<string>; out: NameMention[] },
): void {
  const { parsed, nameWords, out } = found;
  const { text } = view;
  const firstEnd = hyphenatedWordEnd(text, start + 1);
  const firstWord = text.slice(start, firstEnd);
  let from = start;
  if (firstWord === "The" || firstWord === "A" || firstWord === "An") {
    from = firstEnd;
    while (isJsSpace(text.charCodeAt(from))) from++;
  } else if (OPENING_PHRASE_FIRST.test(firstWord)) {
    // ("On Monday the Bank of Lesotho said": the sentence's opening phrase, then the body's name)
    const lead = OPENING_PHRASE.exec(text.slice(start, end));
    if (lead) from = start + lead[0].length;
  }
  let lastStart = end;
  while (!isJsSpace(text.charCodeAt(lastStart - 1))) lastStart--;
  if (from >= lastStart) return; // one word
  // the last word must be an institution's ("… Police Service"), or the first ("Ministry of …"), or the one
  // before its "of" ("the Harbour Museum of Art")
  const head = from === start ? firstWord : firstWordAt(text, from);
  const run = text.slice(from, end);
  // (most runs have no "of": skip the regex)
  const beforeOf = run.includes("of") ? /(\S+)\s+of\s/.exec(run)?.[1] : undefined;
  if (!ORG_TAILS.has(text.slice(lastStart, end)) && !ORG_HEADS.has(head) && !ORG_TAILS.has(beforeOf ?? ""))
    return;
  // "Bank of America Chief Executive Brian Moynihan" is a person with a title, not a body
  const parse = parseRun(run, parsed);
  if (parse.kind !== "organisation" || parse.name !== run) return;
  // ("Minister of State at the Department of Transport Cathal Brennan": the run ends in the minister's name)
  const office = OFFICE_AT_BODY.exec(text.slice(Math.max(0, from - 50), from));
  // ("Permanent Secretary in the Ministry of Health, Dr X": the run is the body, the office no name's)
  const holder = office && CAPITAL_TITLES.has(office[1] as string) ? parseRun(office[0] + run, parsed) : null;
  if (holder?.kind === "person" && holder.name && run.endsWith(holder.name)) return;
  for (const w of run.split(/\s+/)) nameWords.add(w);
  out.push({ pos: from, parse, lead: leadAt(view, from) });
}

function firstWordAt(text: string, from: number): string {
  let e = from;
  while (e < text.length && !isJsSpace(text.charCodeAt(e))) e++;
  return text.slice(from, e);
}

/**
 * The full names met before position `before` (later ones can no longer name a claim's speaker);
 * `parsed` holds the article's English mentions parsed so far, by their words.
 */
export function nameMentions(
  view: ArticleView,
  lang: "ar" | "en",
  before: number,
  parsed = new Map<string, MentionParse>(),
  cueStarts: number[] = [],
): NameMention[] {
  return lang === "ar" ? arabicNames(view, before, cueStarts) : englishNames(view, before, parsed);
}
