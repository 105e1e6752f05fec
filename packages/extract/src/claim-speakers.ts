import { ArabicTitles } from "./ar/coref.ts";
import { parseArabicMention } from "./ar/mention.ts";
import { declaredArabicShortForms, withArabicShortForms } from "./ar/short-forms.ts";
import { sourcesInNamedBody } from "./ar/sources-in-body.ts";
import type { ArticleView, Draft } from "./draft.ts";
import { withItsOffice } from "./en/its-office.ts";
import { parseEnglishMention } from "./en/mention.ts";
import { declaredShortForms, withShortForms } from "./en/short-forms.ts";
import { englishTitleVariants } from "./en/titles.ts";
import { nameEnglishLedeSpeakers } from "./english-lede-names.ts";
import { implicitSpeaker } from "./implicit-speaker.ts";
import { mentionedSpeaker } from "./mentioned-speaker.ts";
import { type NameMention, nameMentions } from "./names.ts";
import type { SpeakerPass } from "./speaker-pass.ts";
import { type Entity, type MentionParse, SpeakerBook } from "./speakers.ts";
import { stateVariants } from "./states.ts";
import type { Lang } from "./types.ts";

/** The speaker of each draft (null: nobody named), the book of names read in text order up to each claim. */
export function claimSpeakers(
  view: ArticleView,
  lang: Lang,
  drafts: Draft[],
  publishedAt: string | null | undefined,
): (Entity | null)[] {
  const { text } = view;
  const book = new SpeakerBook(lang === "en" ? englishTitleVariants : stateVariants);
  const speakers: (Entity | null)[] = [];
  let previous: Entity | null = null;
  const genders = new Map<Entity, "m" | "f">();
  // the office of a claim's "its leader" whose speaker is the body (English lede: named later, maybe)
  const offices: (string | null)[] = [];
  const { parsed, parseMention } = mentionParser(text, lang);
  const { names, titles } = namesToRegister(view, lang, drafts, parsed, parseMention);
  let nextName = 0;
  // the speaker words of the claim before: a name inside them opens no new subject ("Fianna Fáil
  // councillor Declan Moriarty … said …. “…,” he said": he is the councillor, not his party)
  let spokenEnd = -1;
  // the end of the claims' words so far: a name after it stands outside any claim
  let claimedEnd = -1;
  // the words the previous speaker is reported to have said: a pronoun in them may be someone they named
  let reported: { start: number; end: number } | null = null;
  const p: SpeakerPass = {
    view,
    text,
    lang,
    publishedAt,
    drafts,
    book,
    speakers,
    genders,
    offices,
    names,
    titles,
    parseMention,
  };
  for (const d of drafts) {
    // full names met before this claim join the book first, so «ترامب» is known as «دونالد ترامب»
    const at = d.mentionStart >= 0 ? d.mentionStart : d.cueStart;
    for (; nextName < names.length && (names[nextName] as NameMention).pos < at; nextName++) {
      const n = names[nextName] as NameMention;
      // («كل من X وY»: the pair names neither of them alone; each party is a name of its own)
      for (const parse of n.parse.parties ?? [n.parse])
        book.register(
          parse,
          n.lead === true && n.pos >= spokenEnd,
          n.knownOnly === true,
          n.pos >= claimedEnd,
        );
    }
    if (d.mentionStart >= 0) spokenEnd = Math.max(spokenEnd, d.mentionEnd);
    claimedEnd = Math.max(claimedEnd, d.contentEnd, d.cueEnd);
    let entity: Entity | null;
    if (d.passive) {
      // «وأفيد بأن …»: nobody is named, and the speaker before does not change
      speakers.push(null);
      continue;
    }
    if (d.mentionStart >= 0) {
      entity = mentionedSpeaker(p, d, previous, reported);
    } else if (d.hint) {
      const words = text.slice(d.hint.start, d.hint.end);
      const parse = d.speakerName
        ? { name: null, title: d.speakerName, kind: "unknown" as const, pronoun: false }
        : lang === "ar"
          ? parseArabicMention(words)
          : parseEnglishMention(words);
      entity = book.resolve(parse, previous);
    } else entity = implicitSpeaker(d, speakers, genders) ?? previous;
    speakers.push(entity);
    if (entity) previous = entity;
    if (entity) reported = { start: d.contentStart, end: d.contentEnd };
  }
  // the names after the last claim's speaker words can still give a body its full name
  for (; nextName < names.length; nextName++) {
    const n = names[nextName] as NameMention;
    book.register(n.parse, false, n.knownOnly === true);
  }
  if (lang === "en") nameEnglishLedeSpeakers(view, drafts, book, speakers, offices);
  return speakers;
}

/** One parse per distinct mention in the article, shared by the name scan and the claims. */
function mentionParser(
  text: string,
  lang: Lang,
): { parsed: Map<string, MentionParse>; parseMention: (mention: string) => MentionParse } {
  const parsed = new Map<string, MentionParse>();
  // ("the WSV" after "the Federal Waterways and Shipping Administration (WSV)": the body by its short form)
  const shortForms = lang === "en" ? declaredShortForms(text) : null;
  // («منظمة يونيسف» after «منظمة الأمم المتحدة للطفولة (يونيسف)»)
  const arShortForms = lang === "ar" ? declaredArabicShortForms(text) : null;
  const parseMention = (mention: string): MentionParse => {
    let parse = parsed.get(mention);
    if (!parse) {
      parse =
        lang === "ar"
          ? parseArabicMention(sourcesInNamedBody(mention, text) ?? mention)
          : withItsOffice(mention, parseEnglishMention(mention));
      parsed.set(mention, parse);
    }
    if (arShortForms) return withArabicShortForms(mention, parse, arShortForms);
    return shortForms ? withShortForms(mention, parse, shortForms) : parse;
  };
  return { parsed, parseMention };
}

/**
 * The names the book registers as the claims are read (up to the last claim's speaker words), and Arabic titles
 * matched across the article.
 */
function namesToRegister(
  view: ArticleView,
  lang: Lang,
  drafts: Draft[],
  parsed: Map<string, MentionParse>,
  parseMention: (mention: string) => MentionParse,
): { names: NameMention[]; titles: ArabicTitles | null } {
  const { text } = view;
  // names are registered up to the last claim's speaker words: none after that is ever looked up
  // (English: up to the end of the last speaker words, so that "Police said …" is named by "Esther Mwale,
  // a spokeswoman for the Malawi Police Service, said …" after it)
  let lastAt = -1;
  for (const d of drafts)
    lastAt = Math.max(
      lastAt,
      d.mentionStart >= 0 ? (lang === "en" ? d.mentionEnd : d.mentionStart) : d.cueStart,
    );
  // Arabic: every titled name of the article, so that a headline's «وزير الزراعة» finds the lede's minister
  const cueStarts = drafts.map((d) => d.cueStart);
  const allNames = lang === "ar" ? nameMentions(view, lang, text.length, undefined, cueStarts) : null;
  // (English: also the names of the paragraphs up to the third, so that a lede quoting someone by title alone,
  // "“…,” the premier said.", is named by the scene after it: "Queensland Premier Dana Hale was speaking …")
  const nameEnd =
    lang === "en" ? Math.max(lastAt, view.sentences.findLast((s) => s.para <= 2)?.end ?? 0) : lastAt;
  const names = allNames ? allNames.filter((n) => n.pos < lastAt) : nameMentions(view, lang, nameEnd, parsed);
  const titles = allNames ? new ArabicTitles(view, drafts, allNames, parseMention) : null;
  return { names, titles };
}
