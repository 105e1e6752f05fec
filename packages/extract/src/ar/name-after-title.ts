import type { Token } from "../text/tokens.ts";
import { opensBaObject } from "./ba-object.ts";
import { bodyAfterName } from "./body-after-name.ts";
import { compoundNameTail } from "./compound-given-name.ts";
import { AFTER_OBJECT } from "./cues.ts";
import { guessedNameEnd, honoredName } from "./guessed-name.ts";
import { ADJUNCT_STARTS, FUNCTION_WORDS, foldWord, isOrgHead, NAME_HONORIFIC } from "./lexicon.ts";
import {
  afterRegnalNumber,
  dawnName,
  derivedVerbalNoun,
  joinedReportingVerb,
  meetingParticle,
  nisbaEnd,
  objectAfterName,
  verbalNounAfterTitle,
} from "./name-end.ts";
import {
  abbreviatedTitle,
  articledParticle,
  bare,
  closesName,
  hasAl,
  isComplementizer,
  isNameAli,
  isTitleWord,
  knownPrefix,
  NAME_JOINERS,
  nameLike,
  STANCE_OBJECTS,
  startsArticleName,
  titleHead,
  verbLemma,
  verbParticles,
} from "./phrase.ts";
import { objectAfterFullName } from "./stance-object.ts";
import { townBeforeDay } from "./time-after-name.ts";
import { toldOutlet } from "./told-outlet.ts";

/** A bare body head, its definite genitive, then a ب-word or «إلى»: the body asked something, no name. */
const askedBody = (toks: Token[], i: number): boolean =>
  !!toks[i]?.word &&
  !hasAl(toks[i] as Token) &&
  isOrgHead(foldWord((toks[i] as Token).text)) &&
  !!toks[i + 1]?.word &&
  hasAl(toks[i + 1] as Token) &&
  /^(?:ب\p{L}{3,}|إلى|الى)$/u.test(bare(toks[i + 2] ?? (toks[i] as Token)));

/** «محمد الحمصاني», «بدر بن محمد آل حمدان»: the person's name after a title. */
export function personNameEnd(
  text: string,
  toks: Token[],
  from: number,
  start: number,
  knownNames: Set<string>,
): number {
  // «محافظ مشروع الجزيرة المهندس X»: a construct the title phrase left is still the title before an honorific
  // (after «ولد», «بن», «أبو» it is more of the name, no honorific: «محمد ولد الشيخ الغزواني»)
  const notJoined = (t: Token, k: number) => !NAME_JOINERS.has(bare(toks[start + k - 1] ?? t));
  // («أستاذ هندسة الطرق د. X»: the honorific abbreviated to its letter and dot)
  const honorific = toks
    .slice(start, start + 4)
    .findIndex(
      (t, k) =>
        (t.word &&
          NAME_HONORIFIC.test(bare(t)) &&
          !FUNCTION_WORDS.has(foldWord(t.text)) &&
          notJoined(t, k)) ||
        abbreviatedTitle(toks, start + k) > 0,
    );
  const between = toks.slice(start, start + honorific);
  const honorificLength = abbreviatedTitle(toks, start + honorific) || 1;
  if (
    honorific >= 0 &&
    // («في حي الإمام علي الأستاذ X»: the name Ali of a place before the honorific)
    between.every((t) => t.word && (!FUNCTION_WORDS.has(foldWord(t.text)) || isNameAli(t))) &&
    toks[start + honorific + honorificLength]?.word
  )
    start += honorific + honorificLength;
  const honored =
    (start > 0 && NAME_HONORIFIC.test(bare(toks[start - 1] as Token))) ||
    (start > 1 && abbreviatedTitle(toks, start - 2) > 0);
  const titleEnd = start;
  let i = start;
  let names = 0;
  // «واتهم الرئيس سامي فريد المعارضة بـ…», «حمّل الوزير X الشركة المسؤولية»: a definite last word
  // before what follows the verb's object is that object, not a family name (a name keeps two words)
  const afterObject = AFTER_OBJECT.get(verbLemma(text, from) ?? "");
  // a name; after its first word, family names with the article may follow («محمد الحمصاني»)
  while (i < toks.length && names < 4) {
    const t = toks[i] as Token;
    const prev = toks[i - 1] as Token;
    // (a bare word after a family name with the article is no more of the name: «أيمن الصفدي إسرائيل بـ…»)
    const object = hasAl(prev) || (!!toks[i - 2]?.word && hasAl(toks[i - 2] as Token));
    if (afterObject && names > 2 && t.word && object && afterObject.test(bare(t))) return i - 1;
    // «وليد الركراكي جاهزية لاعبيه»: after a family name in «ال…ي», a bare noun in «ة» is the verb's object
    if (names > 1 && t.word && !hasAl(t) && /ة$/u.test(bare(t)) && /^ال\p{L}{2,}ي$/u.test(bare(prev)))
      return i;
    // «ليلى حسن للصحفيين»: an addressee with «لل» is no family name
    const familyName =
      names > 0 &&
      t.word &&
      hasAl(t) &&
      (!FUNCTION_WORDS.has(foldWord(t.text)) || articledParticle(t)) &&
      (!ADJUNCT_STARTS.has(foldWord(t.text)) || articledParticle(t)) &&
      !/^لل/u.test(bare(t));
    // («وأوضحت المهندسة الورفلي أن …»: after an honorific, a family name with the article met before)
    const knownFamily = honored && hasAl(t) && knownNames.has(foldWord(t.text));
    const articleName =
      names === 0 &&
      (startsArticleName(text, toks, i) || (i === titleEnd && (dawnName(toks, i) || knownFamily)));
    if ((!nameLike(text, t) && !familyName && !articleName) || opensBaObject(text, from, toks, i, names))
      break;
    if (names === 0 && i === titleEnd && verbalNounAfterTitle(toks, i, knownNames)) break;
    if (names === 0 && askedBody(toks, i)) break; // «طالب نواب عن … وزارة الكهرباء بوضع …»: the object
    // «وقالت مصادر قضائية ليورونيوز إن …»: after an unnamed source, «لـ» and a name is the outlet told
    if (names === 0 && toldOutlet(text, toks, i)) break;
    // (a regnal number closes the holder's name, not a body's: «رئيس جامعة الملك عبدالله الثاني خالد …»; an
    // ordinal ending the title is none: «الوزير الأول سيفي غريب»)
    if (joinedReportingVerb(text, toks, i) || (names > 0 && i > titleEnd && afterRegnalNumber(toks, i)))
      break;
    if (names > 0 && STANCE_OBJECTS.test(bare(t))) break; // «… آل نهيان أهمية …»: the verb's object
    if (names > 1 && townBeforeDay(toks, i)) return i; // «… الإدريسي بمراكش أمس إن»: where and when said
    // «انتقد النائب X Y الميزانية،», «نعى الوزير X Y الراحل»: after a given and a family name, a definite noun
    // in «ية» or the late one mourned is the verb's object, no more of the name (not right before the clause:
    // «الناشطة X Y الباكستانية إن …»)
    const opens = !!toks[i + 1] && isComplementizer(text, toks[i + 1] as Token);
    if (names > 1 && t.word && !opens && objectAfterFullName(t, toks[i + 1], text, from)) return i;
    if (names > 1 && describedObject(text, toks, i)) return i;
    if (bodyAfterName(text, from, toks, i, names)) return i;
    // («لرئيس هيئة الاستثمار»: after a body's head, a definite verbal noun is its genitive)
    const body = toks.slice(titleEnd, i).some((w) => isTitleWord(titleHead(bare(w).replace(/^ل(?!ل)/u, ""))));
    if (names > 1 && objectAfterName(toks, i, !body)) break;
    i++;
    // «بدر بن محمد آل حمدان»: «بن», «آل» join the words of one name, they are not more of it
    if (names === 0 || !(NAME_JOINERS.has(bare(t)) || compoundNameTail(prev.text, t.text))) names++;
  }
  if (
    names > 0 &&
    !closesName(text, toks, i, verbParticles(text, from) ?? meetingParticle(text, from)) &&
    !afterRegnalNumber(toks, i) &&
    !derivedVerbalNoun(toks[i], true) &&
    !(names > 1 && objectAfterName(toks, i, true)) &&
    !opensBaObject(text, from, toks, i, names)
  ) {
    const known = knownPrefix(toks, titleEnd, i, knownNames);
    // «وزير المالية الدكتور سامح فؤاد خفض العجز …»: a name must follow an honorific; an unknown one
    // that runs into the verb's object is taken as given and family name
    const nisba = nisbaEnd(toks, titleEnd, i);
    const guessed = !honored && nisba === titleEnd ? guessedNameEnd(toks, titleEnd, i) : 0;
    i =
      known === titleEnd && names >= 3 && (honored || guessed)
        ? guessed || honoredName(toks, titleEnd)
        : Math.max(known, nisba);
  }
  return i;
}

/**
 * «وانتقد المدرب ماركيز لوبيز الجدول الزمني للبطولة»: after two bare name words, a definite noun and its
 * definite adjective in «ي», with more words after them, are the verb's object, not family names.
 */
function describedObject(text: string, toks: Token[], i: number): boolean {
  const [a, b, t, adjective, after] = [toks[i - 2], toks[i - 1], toks[i], toks[i + 1], toks[i + 2]];
  return (
    !!a?.word &&
    !!b?.word &&
    !hasAl(a) &&
    !hasAl(b) &&
    !!t?.word &&
    hasAl(t) &&
    !!adjective?.word &&
    /^ال\p{L}{2,}ي$/u.test(bare(adjective)) &&
    !!after?.word &&
    !isComplementizer(text, after)
  );
}
