import { lowerOf, type Token } from "../text/tokens.ts";
import { speakerThroughClause } from "./clause-speaker.ts";
import { describedRoleStart } from "./epithets.ts";
import { INSTITUTION_HEADS, SUBJECT_STOPS, WH_RELATIVE } from "./lexicon.ts";
import { linkingAdverbEnd } from "./linking-adverbs.ts";
import { peopleBeforePlace, prepositionList } from "./listed-places.ts";
import { closesMixedDateline } from "./mixed-dateline.ts";
import {
  APPOSITIVE_REACH,
  listInsideRelative,
  nicknameOpening,
  roleOfAnyBodyStart,
  unitBeforeRole,
} from "./name-context.ts";
import { isCap, isPossessive, npWord } from "./np-words.ts";
import { CAPITAL_TITLES, ROLE_HEAD, TIME_NAMES } from "./person-words.ts";
import { speakerOfPhrase } from "./phrase-speaker.ts";
import { PP_LINKS } from "./phrase-words.ts";
import { insideBodyName, listedFieldsBodyStart } from "./portfolio-and.ts";
import { nameBeforeHometown, placeOfRole } from "./second-appositive.ts";
import {
  DETERMINERS,
  describedName,
  determinerAfterModifiers,
  FINITE_SPEECH,
  isCapWord,
  modifiedPersonStart,
  modifiersAfterQuote,
  nameBeforeModifiers,
  nameParticleAt,
  parentheticalStart,
  placeAfterPreposition,
  possessiveOwnerStart,
  restOfCapitalisedRun,
} from "./speaker-start.ts";
import { timeBeforeVerb } from "./time-before-verb.ts";
import { documentBeforeSaying } from "./token-shapes.ts";

export interface SourceSpan {
  start: number;
  end: number;
  pronoun: boolean;
}

const lower = lowerOf;

/**
 * The speaker phrase ending right before `end` (the verb or its auxiliaries): a pronoun, or a run of
 * capitalised words and speaker nouns («White House spokesman Josh Earnest»), with an appositive
 * between commas («Josh Earnest, a spokesman,»).
 */
export function subjectBefore(text: string, nearestFirst: Token[]): SourceSpan | null {
  const skip = timeBeforeVerb(nearestFirst);
  // ("The opposition leader, Daniel Morse, on Sunday said": the appositive's comma before the time words)
  const after = nearestFirst[skip];
  // ("The National Assembly (NA) on Tuesday said": the body's initials in brackets before the time words)
  const toks =
    skip > 0 && (after?.word || after?.text === "," || after?.text === ")")
      ? nearestFirst.slice(skip)
      : nearestFirst;
  const first = toks[0];
  if (!first) return null;
  const throughClause = speakerThroughClause(text, nearestFirst, toks, (t) => subjectBefore(text, t));
  if (throughClause !== undefined) return throughClause;
  let i = 0;
  let start = -1;
  let stop = first.end;
  const dash = isDash(first);
  if (first.text === ",") {
    // "Democrats, however, argue": a linking adverb between commas, the subject before it
    const linked = linkingAdverbEnd(toks);
    if (linked > 0) {
      const head = subjectBefore(text, toks.slice(linked + 1));
      if (head) return head;
    }
    // "The ministry, in a statement on Monday, said": the circumstances between commas, the subject before them
    const opened = parentheticalStart(toks);
    const head = opened > 0 ? subjectBefore(text, toks.slice(opened + 1)) : null;
    if (head && !placeAfterPreposition(toks, head.start)) return head;
  }
  if (first.text === "," || dash) {
    // appositive: "Name, a spokesman for X, said", "Kall -- co-editor of a book -- said"
    // (the comma of "200,000" is no appositive's)
    let close = toks.findIndex(
      (t, k) =>
        k > (dash && isDash(toks[1]) ? 1 : 0) && (dash ? isDash(t) : t.text === "," && !digitComma(text, t)),
    );
    if (close < 2 || close > APPOSITIVE_REACH) return null;
    if (!dash) close = listInsideRelative(toks, close);
    // a long appositive must read as one: "Name, who …," or "Name, a/the …,"
    if (close > 20 && !APPOSITIVE_OPENERS.test((toks[close - 1] as Token).text)) return null;
    // "KYIV, March 3 (Reuters) - the air force said it …, adding": a clause with its own verb is no appositive
    // ("the mother of “Jun-Jun,” who asked …,": the closing quote mark after the comma opens nothing)
    const quoted = toks[close - 1]?.text === "”" ? 1 : 0;
    const relative = WH_RELATIVE.test((toks[close - 1 - quoted] as Token).text);
    if (!relative && toks.slice(1, close).some((t) => t.word && FINITE_SPEECH.has(t.text))) return null;
    // "Police said the man, 34, was arrested on Sunday, adding": a predicate after the commas is no appositive
    if (!relative && /^(?:was|were|is|are|has|have|had|will|would)$/.test((toks[close - 1] as Token).text))
      return null;
    // "Chastened by the polls, Whitcomb changed course, promising …": a name and its past-tense verb is a clause
    if (!relative && toks.slice(1, close).some((t, m) => /^[a-z]+ed$/.test(t.text) && isCapWord(toks[m + 2])))
      return null;
    // "Jane Doe, who watched the ceremony, said": the speaker stands before the relative clause
    const opener = toks[close - 1 - quoted] as Token;
    if (opener.word && WH_RELATIVE.test(opener.text)) {
      // "Rep. Tom Hale, R-Texas, who chairs …, said": the head may carry an appositive of its own
      if (quoted) {
        const named = subjectBefore(text, toks.slice(close + 1));
        return named && !named.pronoun ? { ...named, end: (toks[close - 1] as Token).end } : null;
      }
      const head = subjectBefore(text, toks.slice(close)) ?? subjectBefore(text, toks.slice(close + 1));
      return head && !head.pronoun ? head : null;
    }
    const place = dash ? undefined : peopleBeforePlace(text, toks, close, (t) => subjectBefore(text, t));
    if (place !== undefined) return place;
    const home = dash ? -1 : nameBeforeHometown(toks, close);
    const named = home > 0 ? subjectBefore(text, toks.slice(home)) : undefined;
    if (named !== undefined) return named && !named.pronoun ? named : null;
    let nameEnd = dash && isDash(toks[close + 1]) ? close + 2 : close + 1;
    // "Teresa Nguyen, 67, a retired nurse, told": the age between commas stands after the name
    if (isAge(toks[nameEnd]) && toks[nameEnd + 1]?.text === ",") nameEnd += 2;
    // "Eleri Vaughan, whose father Dafydd, 81, drowned …, said": a name inside a "whose" clause is not the speaker
    const whose = toks.slice(nameEnd, nameEnd + 5).findIndex((t) => t.word && /^whose$/i.test(t.text));
    if (whose >= 0 && toks[nameEnd + whose + 1]?.text === ",") {
      const head = subjectBefore(text, toks.slice(nameEnd + whose + 2));
      return head && !head.pronoun ? head : null;
    }
    const before = toks[nameEnd];
    // "In September, X left …, telling": an opening time adjunct, no name with its appositive
    if (
      TIME_NAMES.has(before?.text ?? "") &&
      /^(?:in|on|since|by|until|early|late|last)$/i.test(toks[nameEnd + 1]?.text ?? "")
    )
      return null;
    const role = before && !dash ? roleOfAnyBodyStart(toks, nameEnd) : -1;
    if (role >= 0 && describedName(toks, close, first.start))
      return { start: (toks[role] as Token).start, end: first.start, pronoun: false };
    if (before && !dash && (!(npWord(before) || before.text === ")") || placeOfRole(toks, nameEnd)))
      return describedName(toks, close, first.start);
    if (!before || !(npWord(before) || before.text === ")")) return null;
    // "BLANTYRE, Malawi — The United Nations appealed …, warning": a dateline, not a name and appositive
    if (/^[A-Z]{3,}$/.test(before.text) && toks.slice(1, close).some(isDash)) return null;
    if (closesMixedDateline(text, toks.slice(1, close).find(isDash))) return null;
    stop = dash && isDash(toks[1]) ? (toks[1] as Token).start : first.start;
    i = nameEnd;
  }
  let taken = 0;
  // (the name's last word: "the Roads and Bridges Administration (RBA)" ends before its short form)
  const open = toks[i]?.text === ")" ? toks.findIndex((u, k) => k > i && u.text === "(") : -1;
  const walkFirst = toks[open > 0 ? open + 1 : i];
  for (; i < toks.length && taken < 9; i++) {
    const t = toks[i] as Token;
    if (t.text === ")") {
      const open = toks.findIndex((u, k) => k > i && u.text === "(");
      if (open < 0 || open - i > 8) break;
      i = open;
      start = (toks[open] as Token).start;
      continue;
    }
    if (
      t.text === "." &&
      toks[i + 1]?.word &&
      isCap(toks[i + 1] as Token) &&
      (toks[i + 1] as Token).text.length <= 4
    ) {
      continue; // "Sen." "Gov." "U.S."
    }
    // "Gallard & Pike", "Procter & Gamble": an ampersand between capitalised words is inside the name
    if (t.text === "&" && start === toks[i - 1]?.start && isCapWord(toks[i - 1]) && isCapWord(toks[i + 1]))
      continue;
    // "Network on Ethics, Law and HIV/AIDS": a slash right between capitalised words is inside the name
    const [nearer, farther] = [toks[i - 1], toks[i + 1]];
    if (t.text === "/" && start === nearer?.start && isCapWord(nearer) && isCapWord(farther))
      if (farther?.end === t.start && t.end === nearer?.start) continue;
    // "the Ohio School Boards' Association": a plural possessive inside a capitalised name
    // ("Farmers' groups": or opening a common noun's phrase)
    if (
      (t.text === "'" || t.text === "’") &&
      start === toks[i - 1]?.start &&
      (isCapWord(toks[i - 1]) || (taken === 1 && /^[a-z]+$/.test((toks[i - 1] as Token).text))) &&
      isCapWord(toks[i + 1]) &&
      (toks[i + 1] as Token).text.endsWith("s")
    )
      continue;
    // "Consumer group Which? said": a name's own question or exclamation mark, right after its word
    if (i === 0 && /^[?!]$/.test(t.text) && isCapWord(toks[1]) && toks[1]?.end === t.start) continue;
    // "the mother of “Jun-Jun”": a quoted nickname after "of"
    if (t.text === "“" && start === toks[i - 1]?.start && toks[i + 1]?.text === "of") continue;
    // "Senator Ramon "Bong" Ilagan": a quoted nickname between a given name and the family name
    const nickname = i > 0 && start === toks[i - 1]?.start ? nicknameOpening(toks, i) : -1;
    if (nickname > 0) {
      i = nickname;
      continue;
    }
    // "The farmers' union said": a plural possessive owns the head, back to its determiner
    const owner = taken > 0 && taken < 3 && !t.word ? possessiveOwnerStart(toks, i) : -1;
    if (owner > 0) {
      start = (toks[owner] as Token).start;
      break;
    }
    if (!t.word) break;
    if (taken > 0 && start === toks[i - 1]?.start && nameParticleAt(toks, i)) {
      start = t.start;
      continue;
    }
    const w = lower(t);
    if (taken > 0 && start === toks[i - 1]?.start && insideBodyName(toks, i, walkFirst)) continue;
    const fields = taken > 0 && start === toks[i - 1]?.start ? listedFieldsBodyStart(toks, i) : -1;
    if (fields > 0) {
      start = (toks[fields] as Token).start;
      break;
    }
    // ("But Flynn said": a capitalised conjunction opens the sentence, it is no name)
    if (SUBJECT_STOPS.has(w) && (!isCap(t) || /^(?:but|and|or|so|yet)$/.test(w))) {
      // ("The retired nurse and teacher said": two trades joined, back to the determiner)
      const joined = w === "and" && taken === 1 ? describedRoleStart(toks, i - 1, 0) : -1;
      if (joined > 0) start = (toks[joined] as Token).start;
      break;
    }
    // "A researcher on the Zhejiang team said": a member of a team or panel speaks, not the team
    if (
      w === "on" &&
      taken > 1 &&
      MEMBERSHIP.test(lower(toks[0] as Token)) &&
      i + 1 < toks.length &&
      PERSON_BEFORE_ON.test(lower(toks[i + 1] as Token))
    ) {
      taken++;
      continue;
    }
    // "…, ministry warns": a headline's body by its kind alone, without an article
    const bare = taken === 0 && !npWord(t) && INSTITUTION_HEADS.has(w) && /^[a-z]/.test(t.text);
    if (bare && (!toks[i + 1] || toks[i + 1]?.text === ",")) {
      start = t.start;
      taken++;
      continue;
    }
    if (!npWord(t)) {
      if (unitBeforeRole(toks, i, taken)) continue; // ("IMF mission chief Ana Holt")
      // "The Commission on Human Rights regional office said": lowercase modifiers between a body's name and its unit
      const named =
        taken > 0 && INSTITUTION_HEADS.has(lower(toks[i - 1] as Token)) ? nameBeforeModifiers(toks, i) : -1;
      if (named > 0) {
        i = named - 1;
        continue;
      }
      // "Romanian health ministry spokesperson Ioana Pop told": the body's kind and its modifiers before a role
      const role = i > 0 ? toks[i - 1] : undefined;
      const office =
        taken > 0 && INSTITUTION_HEADS.has(w) && role && ROLE_HEAD.test(role.text)
          ? determinerAfterModifiers(toks, i + 1)
          : -1;
      if (office > 0) {
        start = (toks[office] as Token).start;
        break;
      }
      // "the book said", "the panel's chairman" (not "a measure its supporters said": one determiner opened it;
      // nor "a measure Mayor Dana Price said": a titled name opens the clause the noun is the object of)
      const det = toks[i + 1];
      const opened = taken > 0 && DETERMINERS.has(lower(toks[i - 1] as Token));
      const titled = taken > 1 && CAPITAL_TITLES.has((toks[i - 1] as Token).text);
      if (det?.word && DETERMINERS.has(lower(det)) && taken < 5 && !opened && !titled) {
        start = det.start;
        break;
      }
      // ("A senior fisheries officer said": a rank before the unknown modifier, then the determiner)
      const ranked = det?.word && RANKS.test(det.text) ? toks[i + 2] : undefined;
      if (ranked?.word && DETERMINERS.has(lower(ranked)) && taken < 4 && !opened && !titled) {
        start = ranked.start;
        break;
      }
      // "The French finance minister said": a nation or place before the lowercase modifiers, then the determiner
      // (the head a lowercase noun: not "In a Bloomberg interview Trump declared")
      const placed =
        taken > 0 && taken < 3 && !opened && /^[a-z]/.test(toks[i - 1]?.text ?? "")
          ? determinerAfterModifiers(toks, i)
          : -1;
      if (placed > 0 && toks.slice(i + 1, placed + 1).some(namesPlace)) {
        start = (toks[placed] as Token).start;
        break;
      }
      // "The chemical industry's lobby group said", "The dockers' guild said": a possessive owns the head
      const owned =
        taken > 0 && taken < 3
          ? possessiveOwnerStart(toks, i)
          : taken === 0 && /^[a-z]+$/.test(t.text)
            ? possessiveOwnerStart(toks, i + 1)
            : -1;
      if (owned > 0) {
        start = (toks[owned] as Token).start;
        break;
      }
      // "the city's housing minister said", "the former Celtic midfielder said": back to the determiner
      const described = describedRoleStart(toks, i, taken);
      if (described > 0) {
        start = (toks[described] as Token).start;
        break;
      }
      // "The bus driver said", "a hospital porter told": noun modifiers before a person noun, then the determiner
      const person = taken === 0 ? modifiedPersonStart(toks, i) : -1;
      if (person > 0) {
        start = (toks[person] as Token).start;
        break;
      }
      // "the weather service said", "the state news agency said": lowercase modifiers, then the determiner
      // ("the campaign tweets said": a document's kind, only before a finite verb of saying)
      const kind = INSTITUTION_HEADS.has(w) || (taken === 0 && documentBeforeSaying(text, t));
      const compound = taken < 2 && kind ? determinerAfterModifiers(toks, i + 1) : -1;
      if (compound >= 0) {
        start = (toks[compound] as Token).start;
        break;
      }
      // "Ivana Trump's brief said": a common noun after a possessive name
      if (det?.word && taken < 2 && /^\p{Lu}.*[’']s$/u.test(det.text) && /^[a-z]+$/.test(t.text)) {
        start = t.start;
        taken++;
        continue;
      }
      // «“…,” panel Chairman Smith said»: loose words between the quote and the name
      const mark = toks[i + 1];
      if (start >= 0 && mark && !mark.word && /[,”"’]/.test(mark.text)) start = t.start;
      // (and several: «“…,” Umno supreme council member Datuk Azlan Musa said»)
      const loose = start >= 0 && mark?.word ? modifiersAfterQuote(toks, i) : -1;
      if (loose > 0) start = (toks[loose] as Token).start;
      break;
    }
    start = t.start;
    taken++;
  }
  if (taken >= 9) start = restOfCapitalisedRun(toks, i, start);
  // "wins in Richmond, Northcote and Albert Park showed": no subject; "the Department for Culture, Media and
  // Sport said": the body's whole name
  const listed = start >= 0 ? prepositionList(toks, i) : null;
  if (listed === "object") return null;
  const body = listed === null ? null : subjectBefore(text, toks.slice(listed));
  if (body && !body.pronoun) return { start: body.start, end: stop, pronoun: false };
  if (start < 0) {
    // ("… a review of the defenses and warned": a verb after "and" shares the clause's subject; no phrase before)
    if (i === 0 && first.word && /^(?:and|or)$/i.test(first.text)) return null;
    // "Experts on North Korea and nuclear nonproliferation said": a head noun, then its prepositional phrase
    for (let j = i; j < Math.min(toks.length - 1, i + 9); j++) {
      const t = toks[j] as Token;
      if (!t.word || (SUBJECT_STOPS.has(lower(t)) && !/^(?:and|or)$/.test(lower(t)))) break;
      if (!PP_LINKS.has(lower(t)) || !npWord(toks[j + 1] as Token)) continue;
      const head = subjectBefore(text, toks.slice(j + 1));
      if (head && !head.pronoun) return { start: head.start, end: stop, pronoun: false };
      break;
    }
    return null;
  }
  return speakerOfPhrase(text, toks, start, stop, (t) => subjectBefore(text, t));
}

/** A capitalised word that can name a place or nation before a body's modifiers ("The French finance minister"). */
const namesPlace = (u: Token): boolean => isCapWord(u) && !DETERMINERS.has(lower(u)) && !isPossessive(u.text);
/** "a researcher on the Zhejiang team": a group whose member, before "on", speaks. */
/** Ranks before an office's field ("a senior fisheries officer", "a top customs official"). */
const RANKS = /^(?:senior|junior|top|chief|principal|former|retired|veteran|deputy|assistant)$/;
const MEMBERSHIP = /^(?:team|staff|panel|committee|board|squad|crew|council|faculty)$/;
/** The member before "on": "researcher", "officials", "a player". */
const PERSON_BEFORE_ON =
  /^(?:researcher|scientist|member|official|officer|source|player|engineer|doctor|analyst)s?$/;

const APPOSITIVE_OPENERS =
  /^(?:who|which|a|an|the|its|his|her|their|one|co-\S+|former|chief|senior|executive|president|director|founder|head|professor|spokesman|spokeswoman|spokesperson)$/i;
/** The comma inside a number ("200,000"). */
const digitComma = (text: string, t: Token): boolean =>
  /\d/.test(text[t.start - 1] ?? "") && /\d/.test(text[t.end] ?? "");
const isAge = (t: Token | undefined): boolean => !!t && /^\d{1,3}$/.test(t.text);
/** "—", "–" or one of the two hyphens of "--". */
const isDash = (t: Token | undefined): boolean => !!t && (t.text === "—" || t.text === "–" || t.text === "-");
