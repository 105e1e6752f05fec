import type { MentionParse } from "../speakers.ts";
import { articleMemo } from "../text/word-memo.ts";
import { nominativeSource } from "./accusative-source.ts";
import { eachOfNames } from "./each-of.ts";
import { ageEpithet } from "./epithet.ts";
import { documentWithIssuingAside } from "./issuer.ts";
import { kunyaOfOneOf } from "./kunya-after-one.ts";
import { parseOne } from "./mention-part.ts";
import { given, IN_CHARGE, oneWordTitle } from "./mention-words.ts";
import { nationalityAfterName } from "./nationality-after-name.ts";
import { countedMention } from "./numeral-group.ts";
import { correctedOnePart } from "./one-part.ts";
import { PLACE_APPOSITION } from "./place-apposition.ts";
import { nameInPart, nationalityOf } from "./pure-name.ts";

export { nameInPart };

/** «… في نيالا», «… بالمكلا»: a part that ends with the place it is in. */
const IN_PLACE = /(?:^|[\s\u00A0])(?:في[\s\u00A0]+\p{L}+|ب\p{L}{3,})$/u;

/**
 * Splits an Arabic mention into its title phrase and the name. An apposition between commas gives the
 * name or the title: «المتحدث باسم الهيئة، أحمد فؤاد», «الدكتور مصطفى السيوفي، وزير النقل».
 */
export const parseArabicMention: (raw: string) => MentionParse = articleMemo(parseMentionOnce);

/** parseArabicMention without the article's memo (the titled-name scan, the drafts and the book parse the same spans). */
export function parseMentionOnce(raw: string): MentionParse {
  return nationalityAfterName(parseParts(raw));
}

function parseParts(raw: string): MentionParse {
  // «للشركة» after «وفقا ل»: ل with the article; «مصدرا طبيا» after «غير أن»: the nominative
  const mention = /^لل/u.test(raw) ? `ال${raw.slice(2)}` : nominativeSource(raw);
  const both = eachOfNames(mention, parseArabicMention) ?? ageEpithet(mention);
  if (both) return both;
  if (countedMention(mention)) return { name: mention, title: null, kind: "person", pronoun: false };
  const document = documentWithIssuingAside(mention);
  if (document) return correctedOnePart(document, parseOne(document));
  const kunya = kunyaOfOneOf(mention);
  if (kunya)
    return {
      name: kunya,
      title: mention.slice(0, mention.lastIndexOf(kunya)).trim(),
      kind: "person",
      pronoun: false,
    };
  const parts = mention
    .split(/[،,]/)
    // «وهو سوداني يدعى آدم إسحاق»: who the person is, then the name
    .map((p) => p.trim().replace(/^وه(?:و|ي)[\s\u00A0]+(?:\S+[\s\u00A0]+){1,3}(?=[يت]دع[ىي][\s\u00A0])/u, ""))
    .filter(Boolean);
  // «مصادر طبية في نيالا، كبرى مدن الإقليم»: the apposition describes the town, names no one
  // («رئيس بلدية صور، كبرى مدن الجنوب، علي حسن»: before a third part, whatever the place's part ends with)
  const town = parts.findIndex(
    (p, k) =>
      k > 0 && PLACE_APPOSITION.test(p) && (IN_PLACE.test(parts[k - 1] as string) || k < parts.length - 1),
  );
  if (town === 1 && parts.length === 2)
    return correctedOnePart(parts[0] as string, parseOne(parts[0] as string));
  if (town > 0) parts.splice(town, 1);
  if (parts.length < 2) return correctedOnePart(mention, parseOne(mention));
  // «جهاز مستقبل مصر، المسؤول عن استيراد القمح،»: what a body is in charge of describes it, names no one
  const body = parseOne(parts[0] as string);
  if (body.kind === "organisation" && !body.pronoun && parts.slice(1).every((p) => IN_CHARGE.test(p)))
    return body;
  // «أحدهم، ويدعى يوسف الحمادي»: the part that says the name wins
  const calledPart = parts.findIndex((p) => /^و?(?:يدعى|تدعى|يدعي|تدعي|اسمه)[\s\u00A0]/u.test(p));
  const named = calledPart >= 0 ? calledPart : parts.findIndex((p) => nameInPart(p) !== null);
  // («أحد الضحايا، وهو موظف على المعاش»: the pronoun opening an aside is no one's name)
  const parsed = parts
    .map(parseOne)
    .map((p) => (/^وه(?:و|ي)$/u.test(p.name ?? "") ? { ...p, name: null } : p));
  // «النائب خالد المناعي، مقدم الاقتراح»: a name after a one-word title comes first; the apposition after
  // it («مقدم الاقتراح», «رئيس اللجنة») describes that person even when it reads like a name
  // (a definite title: «وزير شؤون مجلسي …» is in construct with what follows, not before a name)
  const titledFirst = parsed.findIndex(
    (p) => given(p) && p.kind === "person" && oneWordTitle(p) && /^ال/u.test(p.title as string),
  );
  if (named >= 0 && (calledPart >= 0 || titledFirst < 0 || titledFirst > named)) {
    const others = parts.filter((_, k) => k !== named).map(parseOne);
    const described = others.find((p) => p.title) ?? null;
    const part = parts[named] as string;
    const name = nameInPart(part) as string;
    // the nationality joins the title: «المدرب البرتغالي» later names the same person
    const nationality = name === part ? null : nationalityOf(part);
    const title = [described?.title, nationality].filter(Boolean).join(" ") || null;
    return { name, title, kind: "person", pronoun: false };
  }
  // «محامي المتهم الأول، الأستاذ سامح عبد الغفار»: the part with a title and a name names the person;
  // «مدير مستشفى رفيديا، الطبيب سامر العكر»: a one-word title before a name names the person; the
  // longer title may end with its institution's own name
  const titled =
    parsed.find((p) => given(p) && p.kind === "person" && oneWordTitle(p)) ??
    parsed.find((p) => given(p) && p.title && p.kind === "person") ??
    parsed.find((p) => p.name && p.title && p.kind === "person");
  if (titled) {
    const apposition = parsed.find((p) => p !== titled && p.title);
    return apposition ? { ...titled, title: apposition.title } : titled;
  }
  return parsed[0] as MentionParse;
}
