/** subjectBefore's scan: the words of the speaker phrase, walked from the verb back to where the phrase opens. */
import { lowerOf, type Token } from "../text/tokens.ts";
import { describedRoleStart } from "./epithets.ts";
import { ATTITUDE_ADJECTIVES, INSTITUTION_HEADS, SUBJECT_STOPS, VERB_FORMS } from "./lexicon.ts";
import { nicknameOpening, unitBeforeRole } from "./name-context.ts";
import { isCap, isPossessive, npWord } from "./np-words.ts";
import { CAPITAL_TITLES, ROLE_HEAD } from "./person-words.ts";
import { isPluralPeople } from "./phrase-words.ts";
import { insideBodyName, listedFieldsBodyStart } from "./portfolio-and.ts";
import {
  DETERMINERS,
  determinerAfterModifiers,
  isCapWord,
  modifiedPersonStart,
  modifiersAfterQuote,
  nameBeforeModifiers,
  nameParticleAt,
  possessiveOwnerStart,
} from "./speaker-start.ts";
import { documentBeforeSaying } from "./token-shapes.ts";

const lower = lowerOf;

/** Where the walk stands: the token at i, the phrase's start so far (-1: none), how many words it took. */
export interface NameWalk {
  toks: Token[];
  i: number;
  start: number;
  taken: number;
  /** The name's last word (past a short form in brackets). */
  walkFirst: Token | undefined;
}

/** A step's decision: not this case (look at the next), go on to the next token, or the phrase ends here. */
const UNDECIDED = 0;
const NEXT_TOKEN = 1;
const PHRASE_ENDS = 2;
type Step = typeof UNDECIDED | typeof NEXT_TOKEN | typeof PHRASE_ENDS;

/** Walks the speaker phrase back from toks[from] (at most 9 words); the walk ends where the phrase opens. */
export function walkSpeakerPhrase(text: string, toks: Token[], from: number): NameWalk {
  const i = from;
  // (the name's last word: "the Roads and Bridges Administration (RBA)" ends before its short form)
  const open = toks[i]?.text === ")" ? toks.findIndex((u, k) => k > i && u.text === "(") : -1;
  const walk: NameWalk = { toks, i, start: -1, taken: 0, walkFirst: toks[open > 0 ? open + 1 : i] };
  for (; walk.i < toks.length && walk.taken < 9; walk.i++) {
    const t = toks[walk.i] as Token;
    const mark = markStep(walk, t);
    if (mark === NEXT_TOKEN) continue;
    if (mark === PHRASE_ENDS) break;
    const w = lower(t);
    const word = nameWordStep(walk, t, w) || (npWord(t) ? UNDECIDED : lowercaseWordStep(text, walk, t, w));
    if (word === NEXT_TOKEN) continue;
    if (word === PHRASE_ENDS) break;
    walk.start = t.start;
    walk.taken++;
  }
  return walk;
}

/** Punctuation and marks inside a name (brackets, abbreviations, "&", "/", possessives, nicknames). */
function markStep(walk: NameWalk, t: Token): Step {
  const { toks, i, start, taken } = walk;
  if (t.text === ")") {
    const open = toks.findIndex((u, k) => k > i && u.text === "(");
    if (open < 0 || open - i > 8) return PHRASE_ENDS;
    walk.i = open;
    walk.start = (toks[open] as Token).start;
    return NEXT_TOKEN;
  }
  if (
    t.text === "." &&
    toks[i + 1]?.word &&
    isCap(toks[i + 1] as Token) &&
    (toks[i + 1] as Token).text.length <= 4
  ) {
    return NEXT_TOKEN; // "Sen." "Gov." "U.S."
  }
  // "Gallard & Pike", "Procter & Gamble": an ampersand between capitalised words is inside the name
  if (t.text === "&" && start === toks[i - 1]?.start && isCapWord(toks[i - 1]) && isCapWord(toks[i + 1]))
    return NEXT_TOKEN;
  // "Network on Ethics, Law and HIV/AIDS": a slash right between capitalised words is inside the name
  const [nearer, farther] = [toks[i - 1], toks[i + 1]];
  if (t.text === "/" && start === nearer?.start && isCapWord(nearer) && isCapWord(farther))
    if (farther?.end === t.start && t.end === nearer?.start) return NEXT_TOKEN;
  // "the Ohio School Boards' Association": a plural possessive inside a capitalised name
  // ("Farmers' groups": or opening a common noun's phrase)
  if (
    (t.text === "'" || t.text === "’") &&
    start === toks[i - 1]?.start &&
    (isCapWord(toks[i - 1]) || (taken === 1 && /^[a-z]+$/.test((toks[i - 1] as Token).text))) &&
    isCapWord(toks[i + 1]) &&
    (toks[i + 1] as Token).text.endsWith("s")
  )
    return NEXT_TOKEN;
  // "Consumer group Which? said": a name's own question or exclamation mark, right after its word
  if (i === 0 && /^[?!]$/.test(t.text) && isCapWord(toks[1]) && toks[1]?.end === t.start) return NEXT_TOKEN;
  // "the mother of “Jun-Jun”": a quoted nickname after "of"
  if (t.text === "“" && start === toks[i - 1]?.start && toks[i + 1]?.text === "of") return NEXT_TOKEN;
  // "Senator Ramon "Bong" Ilagan": a quoted nickname between a given name and the family name
  const nickname = i > 0 && start === toks[i - 1]?.start ? nicknameOpening(toks, i) : -1;
  if (nickname > 0) {
    walk.i = nickname;
    return NEXT_TOKEN;
  }
  // "The farmers' union said": a plural possessive owns the head, back to its determiner
  const owner = taken > 0 && taken < 3 && !t.word ? possessiveOwnerStart(toks, i) : -1;
  if (owner > 0) {
    walk.start = (toks[owner] as Token).start;
    return PHRASE_ENDS;
  }
  if (!t.word) return PHRASE_ENDS;
  return UNDECIDED;
}

/** A word of the phrase whatever its case: name particles, a body's name, stop words, a team's member. */
function nameWordStep(walk: NameWalk, t: Token, w: string): Step {
  const { toks, i, start, taken } = walk;
  if (taken > 0 && start === toks[i - 1]?.start && nameParticleAt(toks, i)) {
    walk.start = t.start;
    return NEXT_TOKEN;
  }
  if (taken > 0 && start === toks[i - 1]?.start && insideBodyName(toks, i, walk.walkFirst)) return NEXT_TOKEN;
  const fields = taken > 0 && start === toks[i - 1]?.start ? listedFieldsBodyStart(toks, i) : -1;
  if (fields > 0) {
    walk.start = (toks[fields] as Token).start;
    return PHRASE_ENDS;
  }
  // "Minister responsible for Ports Claudette Weekes": the office's portfolio after "responsible for"
  if (
    w === "for" &&
    taken > 0 &&
    start === toks[i - 1]?.start &&
    lower(toks[i + 1] ?? t) === "responsible" &&
    isCapWord(toks[i + 2])
  ) {
    walk.i = i + 1;
    walk.start = (toks[i + 1] as Token).start;
    return NEXT_TOKEN;
  }
  // ("But Flynn said": a capitalised conjunction opens the sentence, it is no name)
  if (SUBJECT_STOPS.has(w) && (!isCap(t) || /^(?:but|and|or|so|yet)$/.test(w))) {
    // ("The retired nurse and teacher said": two trades joined, back to the determiner)
    const joined = w === "and" && taken === 1 ? describedRoleStart(toks, i - 1, 0) : -1;
    if (joined > 0) walk.start = (toks[joined] as Token).start;
    return PHRASE_ENDS;
  }
  // "A researcher on the Zhejiang team said": a member of a team or panel speaks, not the team
  if (
    w === "on" &&
    taken > 1 &&
    MEMBERSHIP.test(lower(toks[0] as Token)) &&
    i + 1 < toks.length &&
    PERSON_BEFORE_ON.test(lower(toks[i + 1] as Token))
  ) {
    walk.taken++;
    return NEXT_TOKEN;
  }
  // "…, ministry warns": a headline's body by its kind alone, without an article
  const bare = taken === 0 && !npWord(t) && INSTITUTION_HEADS.has(w) && /^[a-z]/.test(t.text);
  if (bare && (!toks[i + 1] || toks[i + 1]?.text === ",")) {
    walk.start = t.start;
    walk.taken++;
    return NEXT_TOKEN;
  }
  return UNDECIDED;
}

/** A lowercase word (no noun-phrase word of a name): where the phrase it modifies opens, or where it ends. */
function lowercaseWordStep(text: string, walk: NameWalk, t: Token, w: string): Step {
  return (
    bodyUnitStep(walk, w) ||
    determinerStep(walk) ||
    ownerOrRoleStep(text, walk, t, w) ||
    looseWordsStep(walk, t)
  );
}

/** A body's unit or office after its name or kind ("IMF mission chief", "health ministry spokesperson"). */
function bodyUnitStep(walk: NameWalk, w: string): Step {
  const { toks, i, taken } = walk;
  if (unitBeforeRole(toks, i, taken)) return NEXT_TOKEN; // ("IMF mission chief Ana Holt")
  // "The Commission on Human Rights regional office said": lowercase modifiers between a body's name and its unit
  const named =
    taken > 0 && INSTITUTION_HEADS.has(lower(toks[i - 1] as Token)) ? nameBeforeModifiers(toks, i) : -1;
  if (named > 0) {
    walk.i = named - 1;
    return NEXT_TOKEN;
  }
  // "Romanian health ministry spokesperson Ioana Pop told": the body's kind and its modifiers before a role
  const role = i > 0 ? toks[i - 1] : undefined;
  const office =
    taken > 0 && INSTITUTION_HEADS.has(w) && role && ROLE_HEAD.test(role.text)
      ? determinerAfterModifiers(toks, i + 1)
      : -1;
  if (office > 0) {
    walk.start = (toks[office] as Token).start;
    return PHRASE_ENDS;
  }
  return UNDECIDED;
}

/** The determiner that opens the phrase right after the word, or after a rank or a place's modifiers. */
function determinerStep(walk: NameWalk): Step {
  const { toks, i, taken } = walk;
  // "the book said", "the panel's chairman" (not "a measure its supporters said": one determiner opened it;
  // nor "a measure Mayor Dana Price said": a titled name opens the clause the noun is the object of)
  const det = toks[i + 1];
  const opened = taken > 0 && DETERMINERS.has(lower(toks[i - 1] as Token));
  const titled = taken > 1 && CAPITAL_TITLES.has((toks[i - 1] as Token).text);
  if (det?.word && DETERMINERS.has(lower(det)) && taken < 5 && !opened && !titled) {
    walk.start = det.start;
    return PHRASE_ENDS;
  }
  // ("A senior fisheries officer said": a rank before the unknown modifier, then the determiner)
  const ranked = det?.word && RANKS.test(det.text) ? toks[i + 2] : undefined;
  if (ranked?.word && DETERMINERS.has(lower(ranked)) && taken < 4 && !opened && !titled) {
    walk.start = ranked.start;
    return PHRASE_ENDS;
  }
  // "The French finance minister said": a nation or place before the lowercase modifiers, then the determiner
  // (the head a lowercase noun: not "In a Bloomberg interview Trump declared")
  const placed =
    taken > 0 && taken < 3 && !opened && /^[a-z]/.test(toks[i - 1]?.text ?? "")
      ? determinerAfterModifiers(toks, i)
      : -1;
  if (placed > 0 && toks.slice(i + 1, placed + 1).some(namesPlace)) {
    walk.start = (toks[placed] as Token).start;
    return PHRASE_ENDS;
  }
  return UNDECIDED;
}

/** A possessive owner, a described role, a person noun or a body's kind before the word's modifiers. */
function ownerOrRoleStep(text: string, walk: NameWalk, t: Token, w: string): Step {
  const { toks, i, taken } = walk;
  // "The chemical industry's lobby group said", "The dockers' guild said": a possessive owns the head
  const owned =
    taken > 0 && taken < 3
      ? possessiveOwnerStart(toks, i)
      : taken === 0 && /^[a-z]+$/.test(t.text)
        ? possessiveOwnerStart(toks, i + 1)
        : -1;
  if (owned > 0) {
    walk.start = (toks[owned] as Token).start;
    return PHRASE_ENDS;
  }
  // "the city's housing minister said", "the former Celtic midfielder said": back to the determiner
  const described = describedRoleStart(toks, i, taken);
  if (described > 0) {
    walk.start = (toks[described] as Token).start;
    return PHRASE_ENDS;
  }
  // "The bus driver said", "a hospital porter told": noun modifiers before a person noun, then the determiner
  const person = taken === 0 ? modifiedPersonStart(toks, i) : -1;
  if (person > 0) {
    walk.start = (toks[person] as Token).start;
    return PHRASE_ENDS;
  }
  // "the weather service said", "the state news agency said": lowercase modifiers, then the determiner
  // ("the campaign tweets said": a document's kind, only before a finite verb of saying)
  const kind = INSTITUTION_HEADS.has(w) || (taken === 0 && documentBeforeSaying(text, t));
  const compound = taken < 2 && kind ? determinerAfterModifiers(toks, i + 1) : -1;
  if (compound >= 0) {
    walk.start = (toks[compound] as Token).start;
    return PHRASE_ENDS;
  }
  return UNDECIDED;
}

/** Last: a common noun after a possessive name, or loose words between a quote and the name; else the end. */
function looseWordsStep(walk: NameWalk, t: Token): Step {
  const { toks, i, taken } = walk;
  // ", with some elderly residents saying", "and angry residents said": a describing word before a plural of
  // people, after the word that opens their clause or a quantifier (left out of the name, as the gold names them)
  const opener = toks[i + 1];
  if (
    taken === 1 &&
    opener?.word &&
    /^[a-z]+$/.test(t.text) &&
    (!VERB_FORMS.has(t.text) || FEELING.has(t.text)) &&
    isPluralPeople(lower(toks[i - 1] as Token)) &&
    (CLAUSE_OPENERS.test(opener.text) || QUANTIFIERS.test(opener.text))
  ) {
    walk.start = t.start;
    return PHRASE_ENDS;
  }
  // "Ivana Trump's brief said": a common noun after a possessive name
  const det = toks[i + 1];
  if (det?.word && taken < 2 && /^\p{Lu}.*[’']s$/u.test(det.text) && /^[a-z]+$/.test(t.text)) {
    walk.start = t.start;
    walk.taken++;
    return NEXT_TOKEN;
  }
  // «“…,” panel Chairman Smith said»: loose words between the quote and the name
  const mark = toks[i + 1];
  if (walk.start >= 0 && mark && !mark.word && /[,”"’]/.test(mark.text)) walk.start = t.start;
  // (and several: «“…,” Umno supreme council member Datuk Azlan Musa said»)
  const loose = walk.start >= 0 && mark?.word ? modifiersAfterQuote(toks, i) : -1;
  if (loose > 0) walk.start = (toks[loose] as Token).start;
  return PHRASE_ENDS;
}

/** A capitalised word that can name a place or nation before a body's modifiers ("The French finance minister"). */
const namesPlace = (u: Token): boolean => isCapWord(u) && !DETERMINERS.has(lower(u)) && !isPossessive(u.text);
/** Words of feeling that are reporting words elsewhere ("angry that …", "worried about"), here describing people. */
const FEELING = new Set([...ATTITUDE_ADJECTIVES, "worried"]);
/** Words that open a clause whose subject follows them ("…, with residents saying", "… and residents said"). */
const CLAUSE_OPENERS = /^(?:with|and|but|while|as|after|because)$/;
/** A quantifier that opens a plural of people ("some elderly residents", "many angry parents"). */
const QUANTIFIERS = /^(?:some|many|several|most|other|few)$/;
/** Ranks before an office's field ("a senior fisheries officer", "a top customs official"). */
const RANKS = /^(?:senior|junior|top|chief|principal|former|retired|veteran|deputy|assistant)$/;
/** "a researcher on the Zhejiang team": a group whose member, before "on", speaks. */
const MEMBERSHIP = /^(?:team|staff|panel|committee|board|squad|crew|council|faculty)$/;
/** The member before "on": "researcher", "officials", "a player". */
const PERSON_BEFORE_ON =
  /^(?:researcher|scientist|member|official|officer|source|player|engineer|doctor|analyst)s?$/;
