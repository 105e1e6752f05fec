import { REMIT } from "../office-holder.ts";
import { replaceSpeaker } from "../speaker-types.ts";
import type { Entity, SpeakerBook } from "../speakers.ts";
import { stateVariants } from "../states.ts";
import { OTHER_OFFICE } from "../title-words.ts";

/**
 * English title heads: the words a report uses for one office ("the boss" for the chief executive it
 * named, "the coach" for the manager, "the 54-year-old" for "Nomvula Khanye, 54"). Title words here are
 * folded as the speaker book folds them: lowercase letter and digit runs, without "the", "a", "of".
 */

/** Phrases that name the same office. */
const SAME_OFFICE: string[][][] = [
  [["chief", "executive"], ["ceo"], ["chief", "executive", "officer"]],
  [["cfo"], ["chief", "financial", "officer"], ["finance", "chief"], ["finance", "director"]],
  [["coo"], ["chief", "operating", "officer"]],
  [["manager"], ["coach"], ["head", "coach"]],
  [["spokesman"], ["spokeswoman"], ["spokesperson"]],
  [["chairman"], ["chairwoman"], ["chairperson"], ["chair"]],
  [["congressman"], ["congresswoman"], ["representative"]],
  // ("the Member of Parliament (MP) for Ablekuma North" … "the Ablekuma North MP")
  [["mp"], ["member", "parliament"]],
  [["pm"], ["prime", "minister"]],
  // ("the PS" after "the Permanent Secretary in the Ministry of Health, X"; "MD Jallow" after "Managing Director")
  [["ps"], ["permanent", "secretary"], ["principal", "secretary"]],
  [["md"], ["managing", "director"]],
  [["ag"], ["attorney", "general"]],
  // ("the PRO" after "the Public Relations Officer of the Regional Police Command, X")
  [["pro"], ["public", "relations", "officer"]],
];
/**
 * Words that say only that an office is the one the story is about: "the sector minister" (West African
 * papers), "the line minister", "the substantive minister" are the minister already named.
 */
const IN_FOCUS = new Set(["sector", "line", "substantive", "subject"]);

/** The heads of a portfolio that name one office ("housing minister", "Secretary for Housing"). */
const PORTFOLIO_HEADS: Record<string, string[]> = {
  minister: ["secretary"],
  secretary: ["minister"],
  chief: ["minister", "secretary"],
};

/** The titles of whoever heads a body, that "leader" after the body's word stands for ("the union leader"). */
const BODY_LEADERS: string[][] = [
  ["president"],
  ["chairman"],
  ["chairwoman"],
  ["chairperson"],
  ["chair"],
  ["head"],
  ["secretary", "general"],
  ["general", "secretary"],
];

/** The titles of whoever runs an agency or a company, that "head" or "chief" after its name stands for. */
const BODY_DIRECTORS: string[][] = [
  ["director"],
  ["director", "general"],
  ["general", "director"],
  ["managing", "director"],
  ["executive", "director"],
  ["chief", "executive"],
];

/** Words that describe an office loosely: each may stand for any of these titles of the article's people. */
const LOOSE_TITLES: Record<string, string[][]> = {
  // ("Reservoir boss tells inquiry …", "the Rovers boss")
  boss: [["chief", "executive"], ["ceo"], ["manager"], ["coach"], ["managing", "director"]],
  // ("The CM told reporters" after "Chief Minister Siddaramaiah": Indian papers' initials for the office)
  cm: [["chief", "minister"]],
  pm: [["prime", "minister"]],
  lawmaker: [
    ["senator"],
    ["representative"],
    ["congressman"],
    ["congresswoman"],
    ["mp"],
    ["td"],
    ["mla"],
    ["msp"],
    ["mep"],
    ["legislator"],
    ["assemblyman"],
    ["assemblywoman"],
    ["assemblymember"],
  ],
  legislator: [["senator"], ["representative"], ["lawmaker"], ["mp"], ["assemblyman"], ["assemblywoman"]],
  // ("Det Insp Claire Hollis … The officer said", "Sgt Tom Reed … the officer"): a police or military rank
  officer: [
    ["inspector"],
    ["sergeant"],
    ["constable"],
    ["superintendent"],
    ["detective"],
    ["lieutenant"],
    ["captain"],
    ["colonel"],
    ["major"],
    ["corporal"],
    ["commander"],
  ],
  // ("Rev. Andrew Mbeki … the cleric", "Fr. Kevin Okoro … the priest")
  cleric: [["reverend"], ["priest"], ["pastor"], ["imam"], ["vicar"], ["bishop"]],
  priest: [["reverend"], ["vicar"]],
};

/** The owner before a role that any body of the article may be: "the company's chief executive". */
const GENERIC_OWNER = new Set(
  "company firm club team group bank council city county state party union ministry department agency board charity hospital school university airline utility metro municipality government".split(
    " ",
  ),
);

/** Where `phrase` occurs in `words` (a run of whole words), or -1 (compared in place: no slice per position). */
function indexOfRun(words: string[], phrase: string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let k = 0;
    while (k < phrase.length && words[i + k] === phrase[k]) k++;
    if (k === phrase.length) return i;
  }
  return -1;
}

/**
 * The word lists that may name the office of a title's folded words `tw` besides `tw` itself: synonyms
 * ("ceo" for "chief executive"), the owner dropped when it is a common noun ("company s chief executive"
 * → "chief executive"), an age ("54 year old" → "54").
 */
export function englishTitleVariants(tw: string[]): string[][] {
  let base = tw;
  // "the company's chief executive": the role; "Harbourline's chief executive": the role and its owner
  const owner = base.indexOf("s");
  if (owner > 0 && owner < base.length - 1) {
    const ownerWords = base.slice(0, owner);
    const role = base.slice(owner + 1);
    base =
      ownerWords.length === 1 && GENERIC_OWNER.has(ownerWords[0] as string) ? role : [...ownerWords, ...role];
  }
  if (base.length === 2 && IN_FOCUS.has(base[0] as string)) base = base.slice(1);
  const out: string[][] = base === tw ? [] : [base];
  // "the 54-year-old": the age given after the name ("Khanye, 54,")
  if (base.length === 3 && /^\d{1,3}$/.test(base[0] as string) && base[1] === "year" && base[2] === "old")
    out.push([base[0] as string]);
  const loose = base.length === 1 ? LOOSE_TITLES[base[0] as string] : undefined;
  if (loose && Object.hasOwn(LOOSE_TITLES, base[0] as string)) out.push(...loose);
  // "housing minister" ≈ "Secretary for Housing", "housing chief" for either: a portfolio's head (with
  // its portfolio only: a bare "the minister" is no secretary)
  const head = base[base.length - 1] as string;
  if (base.length >= 2 && PORTFOLIO_HEADS[head])
    for (const other of PORTFOLIO_HEADS[head]) out.push([...base.slice(0, -1), other]);
  // "the union leader", "the party leader": whoever heads the body its word names ("X, president of the
  // Railway Workers' Union"), not a bare "the leader"
  // (also "the union boss": tabloid style for the same office)
  if (base.length >= 2 && (head === "leader" || head === "boss"))
    for (const other of BODY_LEADERS) out.push([...base.slice(0, -1), ...other]);
  // ("the ANRE head" after "ANRE director Eugen Carpov": whoever runs the body the words before it name)
  // ("the company head" after "Kaunas Energy CEO Tomas Bagdonas": a common noun for the body, so any such title)
  if (base.length >= 2 && (head === "head" || head === "chief")) {
    const generic = base.length === 2 && GENERIC_OWNER.has(base[0] as string);
    for (const other of [...BODY_LEADERS, ...BODY_DIRECTORS, ...(generic ? [["ceo"]] : [])])
      out.push(generic ? other : [...base.slice(0, -1), ...other]);
  }
  for (const group of SAME_OFFICE)
    for (const phrase of group) {
      const at = indexOfRun(base, phrase);
      if (at < 0) continue;
      for (const other of group)
        if (other !== phrase) out.push([...base.slice(0, at), ...other, ...base.slice(at + phrase.length)]);
    }
  // "the Qatari emir" = "Qatar's emir" = "the emir of Qatar"
  return [...out, ...[base, ...out].flatMap(stateVariants)];
}

/** A title that ends in an office one person holds ("uMsobo mayor", "Reservoir boss"), not "a study". */
export const OFFICE =
  /\b(?:mayor|minister|senator|governor|president|premier|pm|chancellor|secretary|leader|chief|executive|ceo|boss|manager|coach|chair(?:man|woman|person)?|judge|commissioner|ambassador|envoy|spokes(?:man|woman|person)|mp|td|mep|msp|mla|councillor|councilor|lawmaker|congress(?:man|woman)|prosecutor|sheriff|director|founder|captain|premier|treasurer|speaker|officer|administrator)$/i;

/**
 * "Library closures 'a last resort', says mayor": a headline or lede speaker known only by an office is
 * the person the body names to it ("Mayor Delphine Oduya"), when exactly one person holds it.
 * `paras` holds each claim's paragraph (0: the headline).
 */
export function nameTitledLedeSpeakers(
  book: SpeakerBook,
  speakers: (Entity | null)[],
  paras: number[],
): void {
  // (the lede: paragraph 1, or the first paragraph with a claim after a byline's and a date's lines)
  const lede = Math.min(3, Math.max(1, paras.find((p) => p > 0) ?? 1));
  const ledeVoices = new Set(
    speakers.filter((e, i): e is Entity => !!e && (paras[i] ?? 0) > 0 && (paras[i] ?? 99) <= lede),
  );
  for (let i = 0; i < speakers.length && (paras[i] ?? 99) <= lede; i++) {
    const e = speakers[i];
    const office = !!e?.titles.some((t) => OFFICE.test(REMIT.exec(t)?.[1] ?? t));
    // ("Mayor: Ferry cancellations …" over "Prince Rupert Mayor X says …", another town's mayor quoted below):
    // of several holders, the headline's is the one the lede quotes
    const holder =
      (office && e ? (book.holderOf(e) ?? (paras[i] === 0 ? book.holderOf(e, ledeVoices) : null)) : null) ??
      (e ? headOfBody(book, e) : null);
    if (!e || !holder) continue;
    replaceSpeaker(speakers, e, holder);
    for (const t of e.titles) if (!holder.titles.includes(t)) holder.titles.push(t);
  }
}

/** "FAA chief", "Ofwat boss": a body and the word for whoever heads it. */
const BODY_CHIEF = /^(?:the\s+)?(.+?)\s+(?:chief|boss|head)$/i;
/** "head of the Federal Aviation Administration", "chief of the defence staff". */
const CHIEF_OF_BODY = /^(?:the\s+)?(?:head|chief)\s+of\s+(?:the\s+)?(.+)$/i;
/** Title words that head a body ("FAA Administrator", "Ofwat chief executive", "NHS England director"). */
const HEAD_WORDS =
  /^(?:administrator|director|chief|head|commissioner|president|chairman|chairwoman|chair|secretary|minister|ceo|governor|leader|superintendent|executive|boss)$/;

/**
 * The one named person whose title names the body a speaker known only as its head belongs to ("FAA chief",
 * "The head of the Federal Aviation Administration" → "FAA Administrator Denise Harrow"): the body's
 * words or its initials, and a word for its head, in the person's title. Null when none or several.
 */
function headOfBody(book: SpeakerBook, e: Entity): Entity | null {
  if (e.nameWords.length || e.kind === "organisation") return null;
  let found: Entity | null = null;
  for (const title of e.titles) {
    const body = (BODY_CHIEF.exec(title) ?? CHIEF_OF_BODY.exec(title))?.[1];
    const words = body
      ? (body.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w !== "of" && w !== "the" && w !== "and")
      : [];
    if (!words.length) continue;
    const initials = words.length > 1 ? words.map((w) => w[0]).join("") : null;
    for (const p of book.entities) {
      if (p === e || p.kind !== "person" || !p.nameWords.length) continue;
      const heads = p.titleWords.some(
        (t) =>
          (words.every((w) => t.has(w)) || (initials !== null && t.has(initials))) &&
          [...t].some((w) => HEAD_WORDS.test(w)) &&
          ![...t].some((w) => OTHER_OFFICE.has(w)),
      );
      if (!heads) continue;
      if (found && found !== p) return null;
      found = p;
    }
  }
  return found;
}
