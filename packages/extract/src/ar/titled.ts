import { seatless } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { affiliation } from "./affiliation.ts";
import { ascribedObject } from "./ascribed-object.ts";
import { belongsTo } from "./belongs-to.ts";
import { townAfterBody } from "./body-town.ts";
import { constituencyEnd, seatHolder } from "./constituency.ts";
import { coordinatedBodyName, coordinatedPortfolio } from "./coordinated.ts";
import { definiteTownBeforeName } from "./definite-town.ts";
import { lamGodNamedBody } from "./god-named-body.ts";
import { villageHeadman } from "./headman.ts";
import { improperAdjectiveAt } from "./improper-adjective.ts";
import { institutionNameEnd, placeOfInstitutionEnd } from "./institution-name.ts";
import { lamRegionEnd, regionAfterRegionalBody } from "./lam-region.ts";
import { lamVerbalNoun } from "./lam-verbal.ts";
import {
  AFFILIATION_TITLES,
  CHARGE_NOUNS,
  DHI,
  foldWord,
  isFunctionWord,
  isOrgHead,
  isStateSecretariat,
  isTeamNotRank,
  ORG_TITLES,
  PERSON_TITLES,
  PLACE_NOUNS,
  PORTFOLIOS,
  SAME_WORDS,
  TITLE_ADJECTIVES,
  titleLink,
} from "./lexicon.ts";
import { jointOffice } from "./mention-title-end.ts";
import { personNameEnd } from "./name-after-title.ts";
import { constructGenitive, lamComplement } from "./name-genitives.ts";
import { oneOfWorkplaceEnd } from "./one-of-workplace.ts";
import { personAfterBody } from "./person-after-body.ts";
import {
  abbreviatedTitle,
  agrees,
  announcedActAt,
  bare,
  dashJoin,
  hasAl,
  isComplementizer,
  isNameAli,
  isTitleWord,
  nameLike,
  ONE_OF,
  periodAt,
  quotedName,
  startsArticleName,
  titleHead,
  verbParticles,
} from "./phrase.ts";
import { unnamedSourceNisba, unnamedSourcePlace } from "./source-nisba.ts";
import { defendedEnd, lawyersCourtEnd, tiedToPost } from "./title-complements.ts";
import { fieldBeforeWorkplaceEnd } from "./title-field.ts";
import {
  membersGenitive,
  onGenitive,
  portfolioCountry,
  regionInTitle,
  representedGenitive,
} from "./title-genitives.ts";
import {
  bracketedAbbreviation,
  governedPlace,
  postOrPlaceAt,
  retiredRank,
  wingAfterDash,
} from "./title-parts.ts";
import {
  actingEnd,
  closingNisba,
  governorsPlace,
  secondBodyAfterGenitive,
  twoWordPlace,
} from "./title-phrase-checks.ts";
import { royalNameInBody } from "./title-run-on.ts";
import { tradeObjectConstruct } from "./trade-construct.ts";
import { trailingTitleEnd } from "./trailing-title.ts";
import {
  placeAfter,
  townOfRegionalBody,
  workplaceAfterComplement,
  workplaceBeforeName,
} from "./workplace.ts";

/** Titles of an outlet's correspondents, named with the place they report from. Folded. */
const CORRESPONDENTS = new Set(["مراسل", "مراسله", "مندوب", "مندوبه"]);

/** «وزير الخارجية الإسرائيلي جدعون ساعر», «وكالة رويترز»: a title or body head, its phrase and the name after it. */
export function titledSubjectEnd(
  text: string,
  toks: Token[],
  from: number,
  knownNames: Set<string>,
): number | null {
  const t0 = toks[0] as Token;
  const head = titleHead(t0.text);
  const abbreviated = abbreviatedTitle(toks, 0);
  const headman = villageHeadman(t0.text, toks[1]?.text);
  const secretariat = !!toks[1]?.word && isStateSecretariat(t0.text, toks[1].text);
  if (!isTitleWord(head) && !abbreviated && !headman && !secretariat) return null;
  const isOrg =
    secretariat ||
    (ORG_TITLES.has(head) && (!PERSON_TITLES.has(head) || isTeamNotRank(t0.text, toks[1]?.text)));
  let i = titlePhraseEnd(text, toks, abbreviated || (secretariat ? 2 : 1));
  // «مختار محلة 507 في الحسينية»: a quarter's number, then where it is
  if (headman && i <= 2 && /^\p{Nd}+$/u.test(toks[2]?.text ?? "")) i = placeOfInstitutionEnd(text, toks, 3);
  if (i === 1 && !isOrg) i += fieldBeforeWorkplaceEnd(text, toks, i);
  i += defendedEnd(toks, i);
  i += lawyersCourtEnd(toks, i);
  i += bracketedAbbreviation(toks, i, isOrg);
  if (isOrg && i > 1) i += coordinatedBodyName(text, toks, i);
  const before = i;
  // «وكيل الجمهورية لدى محكمة …», «سفير فرنسا لدى الأمم المتحدة»: «لدى» ties any title to its court or post
  if (AFFILIATION_TITLES.has(head) || tiedToPost(toks[i], toks[i + 1])) {
    const first = affiliation(text, toks, i, verbParticles(text, from));
    i += first;
    // «نواب من اليمين المتطرف في البرلمان الأوروبي»: the group, then the body it sits in
    if (first) i += affiliation(text, toks, i, verbParticles(text, from));
  }
  // «مراسل "الجزيرة" في غزة»: a correspondent is known by the place they report from
  const posted = CORRESPONDENTS.has(head) && i > 1;
  // «متحدث باسم المركز الوطني … في السعودية إن»: the body a spokesman speaks for may have its country too
  const spokesman = toks.slice(1, i).some((t, k) =>
    titleLink(
      foldWord(t.text),
      toks.slice(Math.max(0, k - 1), k + 1).map((x) => x.text),
    ),
  );
  if ((isOrg && i > 1) || i > before || posted || spokesman)
    i = placeOfInstitutionEnd(text, toks, i, verbParticles(text, from));
  // an institution's own name right after its head: «وكالة رويترز», «حركة حماس» (never after «الوزارة»:
  // «وأعلنت الوزارة إغلاق …» has the object next)
  if (isOrg && i === 1 && !hasAl(t0)) {
    i = institutionNameEnd(text, toks, from, i);
    // «نقابة سائقي القطارات الألمانية (GDL)»
    if (i > 1) i += bracketedAbbreviation(toks, i, isOrg);
  }
  i += placeAfter(text, toks, i) || townAfterBody(text, toks, i, from);
  if (workplaceAfterComplement(toks, i)) i += placeAfter(text, toks, i);
  i += actingEnd(text, toks, i);
  if (!isOrg && seatHolder(head)) i += constituencyEnd(text, toks, i);
  if (!isOrg) i += oneOfWorkplaceEnd(text, toks, i) || workplaceBeforeName(text, toks, i);
  // «محور تعز العسكري التابع للحكومة المعترف بها دوليا»: what the body belongs to
  if (isOrg) i += belongsTo(toks, i);
  if (isOrg) return i;
  // «وشدد الوزير علي أن …»: «على» with a dotted ya, which the verb takes, not the name Ali
  const next = toks[i];
  if (
    next &&
    isNameAli(next) &&
    toks[i + 1] &&
    isComplementizer(text, toks[i + 1] as Token) &&
    takesAla(text, from)
  )
    return i;
  i += definiteTownBeforeName(text, toks, i);
  // «الدكتور مصطفى مدبولي رئيس مجلس الوزراء، …»: the office after the name, without a comma
  return (
    trailingTitleEnd(text, toks, from, i, (r) => titlePhraseEnd(text, r, 1)) ??
    personNameEnd(text, toks, from, i, knownNames)
  );
}

/** «المتحدث باسم حركة حماس», «أستاذة القانون الجنائي بجامعة القاهرة»: the title's words, links and genitives. */
export function titlePhraseEnd(text: string, toks: Token[], from: number): number {
  const t0 = toks[0] as Token;
  let i = from;
  // right after a definite head, a definite word that does not agree with it is the verb's object
  // («ودعت الوزارة المواطنين …»), not an adjective; after a genitive the check stops
  let checking = hasAl(t0);
  while (i < toks.length) {
    const t = toks[i] as Token;
    const f = foldWord(t.text);
    const abbreviation = abbreviatedTitle(toks, i);
    if (abbreviation) {
      i += abbreviation;
      continue;
    }
    // «قيادة الجيش - مديرية التوجيه»: a body and its directorate, joined by a spaced dash
    if (dashJoin(text, toks, i) && isOrgHead(titleHead((toks[i + 1] as Token).text))) {
      i += 2;
      checking = false;
      // «الجيش اللبناني - قيادة منطقة الجنوب»: the directorate's own genitive chain
      let j = i;
      while (j < i + 2 && toks[j]?.word && !hasAl(toks[j] as Token) && nameLike(text, toks[j] as Token)) j++;
      if (j > i && toks[j]?.word && hasAl(toks[j] as Token)) i = j;
      continue;
    }
    const godNamed = i > 1 ? lamGodNamedBody(toks, i) : 0;
    if (godNamed) {
      i += godNamed;
      checking = false;
      continue;
    }
    // «رئيس جامعة الملك سعود»: a body named after a king, not the title «الملك» and its holder
    const royal = royalNameInBody(text, toks, i);
    if (royal) {
      i += royal;
      checking = false;
      continue;
    }
    if (retiredRank(toks, i)) {
      i += 3;
      continue;
    }
    if (wingAfterDash(text, toks, i)) {
      i += 2;
      break;
    }
    if (!t.word && !quotedName(toks, i)) break;
    // «إمام وخطيب جامع البلدة X», «مؤسس ورئيس حزب X»: a second office joined to a bare first one
    if (i === 1 && !hasAl(t0) && t.word && jointOffice(bare(t))) {
      i++;
      continue;
    }
    const trade = i === 1 ? tradeObjectConstruct(text, toks) : 0;
    if (trade) {
      i += trade;
      checking = false;
      continue;
    }
    // «وأرجع المسؤول ذاته الندرة إلى …»: a title pointed back with «ذاته/نفسه» is whole; the object follows
    if (SAME_WORDS.has(f)) {
      i++;
      break;
    }
    // «وقالت النقابة العام الماضي إن …»: the time after the subject
    if (periodAt(toks, i)) break;
    // «الشركة الجهوية متعددة الخدمات»: an adjective in construct with a definite noun
    const improper = improperAdjectiveAt(t0, toks, i);
    if (improper) {
      i += improper;
      continue;
    }
    const region = lamRegionEnd(text, toks, i) || regionAfterRegionalBody(text, toks, i);
    if (region) {
      i += region;
      break;
    }
    // «صاحب أحد المخابز», «مدير إحدى المدارس»: one of a definite group, inside the title
    // («صاحب إحدى هذه الحضانات»: the group pointed back to with a demonstrative)
    const pointed = ONE_OF.test(bare(t)) && POINTING.test(bare((toks[i + 1] ?? t) as Token)) ? 1 : 0;
    if (ONE_OF.test(bare(t)) && toks[i + 1 + pointed]?.word && hasAl(toks[i + 1 + pointed] as Token)) {
      i += 2 + pointed;
      checking = false;
      continue;
    }
    const governed = onGenitive(toks, i) || regionInTitle(text, toks, i);
    if (governed) {
      i += governed;
      checking = false;
      continue;
    }
    const accredited = postOrPlaceAt(toks, i);
    if (accredited) {
      i += accredited;
      checking = false;
      continue;
    }
    if (t.word && ((isFunctionWord(t.text) && !isNameAli(t)) || isComplementizer(text, t))) break;
    if (announcedActAt(toks, i) || personAfterBody(toks, i) || ascribedObject(text, toks, i)) break;
    // «وقال المتحدث للصحفيين إن …»: the audience told, not a genitive of the title
    if (AUDIENCE_TOLD.test(bare(t))) break;
    if (i === 1 && governedPlace(text, toks)) {
      checking = false;
      i += 2;
      continue;
    }
    // «محافظ ذي قار», «قائد قوات ذي النورين»: «ذي/ذو» and the word it is in construct with name one place
    if (DHI.test(bare(t)) && toks[i + 1]?.word && !isFunctionWord((toks[i + 1] as Token).text)) {
      checking = false;
      i += 2;
      continue;
    }
    const lam =
      lamComplement(toks, i) ||
      constructGenitive(toks, i) ||
      membersGenitive(toks, i) ||
      representedGenitive(toks, i);
    const quoted = quotedName(toks, i);
    if (!t.word && quoted) {
      i += quoted;
      checking = false;
      continue;
    }
    // «السيد الحبيب بن علي», «رئيس الجمعية الهادي الجلاصي»: a given name with the article opens the name
    if (startsArticleName(text, toks, i)) break;
    const before = toks.slice(Math.max(0, i - 2), i).map((x) => x.text);
    if (titleLink(f, before) && i + 1 < toks.length && toks[i + 1]?.word) {
      // «المتحدثة باسم مفوضية اللاجئين»: after the link comes a genitive, not an adjective of the head
      checking = false;
      const org = toks[i + 1] as Token;
      i += 2;
      // «المتحدث باسم حركة حماس حازم قاسم»: a body's own name before the person's two
      if (
        ORG_TITLES.has(foldWord(org.text)) &&
        !hasAl(org) &&
        [0, 1, 2].every((k) => toks[i + k] !== undefined && nameLike(text, toks[i + k] as Token))
      )
        i++;
    } else if (PLACE_NOUNS.has(f) && !hasAl(t) && toks[i + 1]?.word && nameLike(text, toks[i + 1] as Token)) {
      // «عضو مجلس محافظة نينوى أحمد …»: a place noun in construct takes its own bare name, right after the
      // title too («محافظ محافظة ديالى X», «وكيل محافظة مأرب X», «والي ولاية سنار X»)
      // («محافظة ذي قار»: a name opening with «ذي», taken next)
      checking = false;
      i += DHI.test(bare(toks[i + 1] as Token)) ? 1 : 2 + twoWordPlace(text, toks, i);
    } else if (governorsPlace(text, toks, i)) {
      // «والي كسلا اللواء الركن X», «محافظ البصرة المكلف X»: a governor's bare place, then more of the title
      checking = false;
      i++;
    } else if (coordinatedPortfolio(text, toks, i)) {
      // «وزير الطوارئ وإدارة الكوارث أحمد …»: a second portfolio joined by «و», before the name
      checking = false;
      i += 2;
    } else if (portfolioCountry(text, toks, i)) {
      checking = false;
      i++;
    } else if (unnamedSourcePlace(toks, i)) {
      checking = false;
      i += unnamedSourcePlace(toks, i);
    } else if (secondBodyAfterGenitive(toks, i)) {
      // «واتهمت نقابة المعلمين قوات الأمن بـ…»: the body's chain is closed by its definite genitive
      break;
    } else if (checking && i > 0 && /^ال/u.test(bare(t)) && isOrgHead(titleHead(t.text)) && !agrees(t0, t)) {
      // «وطالبت الجمعية المجلس البلدي بـ…»: a definite body of the other gender right after a definite head is
      // the verb's object (not an adjective: «اللجنة البلدية», «اللجنة المنظمة»)
      break;
    } else if (
      isTitleWord(f) ||
      // «إمام جامع الفتح X»: the mosque (as «مسجد») after a title, in construct with its name
      (i > 0 && bare(t) === "جامع") ||
      TITLE_ADJECTIVES.has(f) ||
      (PORTFOLIOS.has(f) && !hasAl(t)) ||
      closingNisba(text, toks, i) ||
      unnamedSourceNisba(toks, i)
    )
      i++;
    else if (hasAl(t)) {
      if (checking && /^ال/u.test(bare(t))) {
        if (!agrees(t0, t) || CHARGE_NOUNS.has(f)) break;
      } else checking = false;
      i++;
    } else if (lam || lamVerbalNoun(toks, i)) {
      checking = false;
      // «اللجنة المنظمة لمهرجان الشيخ زايد»: an event named after a ruler, his name with it
      const royal = lam === 2 ? royalNameInBody(text, toks, i + 1) : 0;
      i += royal ? 1 + royal : lam || lamVerbalNoun(toks, i);
    } else {
      // «أستاذة القانون الجنائي بجامعة القاهرة الدكتورة منى الشريف»
      const place = i > 1 ? placeAfter(text, toks, i) : 0;
      if (!place) break;
      checking = false;
      i += place;
      // «المرصد الجهوي … بمراكش الحكم»: a body's town ends its name; a definite word after it is the object
      if (isOrgHead(titleHead(t0.text)) && townOfRegionalBody(text, toks, i - place)) break;
      // «وطالبت لجان المقاومة بمدينة كسلا السلطات بـ…»: after a body's place noun and its name, a definite
      // word is the verb's object (not a nisba of the town: «بمدينة طرابلس الليبية»)
      const after = toks[i];
      const town = PLACE_NOUNS.has(foldWord(bare(t).slice(1)));
      if (
        isOrgHead(titleHead(t0.text)) &&
        town &&
        after?.word &&
        hasAl(after) &&
        !/ي(?:ة)?$/u.test(bare(after))
      )
        break;
    }
  }
  return i;
}

/** «هذه», «هذا», «هؤلاء», «تلك»: a demonstrative pointing back to a group already told. */
const POINTING = /^(?:هذا|هذه|هؤلاء|تلك|ذلك)$/u;
const AUDIENCE_TOLD = seatless(/^لل(?:صحفيين|صحافيين|صحافة|إعلاميين|مراسلين|إذاعة|تلفزيون|حضور|جزيرة)$/u);
const takesAla = (text: string, from: number): boolean => !!verbParticles(text, from)?.has("علي");
