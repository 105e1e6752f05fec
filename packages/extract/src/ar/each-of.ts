// «وأكد كل من وزير الخارجية X ونظيره Y أن …»: «كل من» and two parties joined by «و» speak together.

import type { MentionParse } from "../speaker-types.ts";
import type { Token } from "../text/tokens.ts";
import { DUAL } from "./dual-parties.ts";
import { foldWord, isFunctionWord, isOrgHead, PERSON_TITLES } from "./lexicon.ts";
import { bare, COMMA, isComplementizer, titleHead } from "./phrase.ts";

/** How many words «كل من» and its parties may take. */
const MAX_WORDS = 16;

/**
 * Where «كل من» and its parties end: at the complementizer, the punctuation or the preposition after them
 * («كل من X وY أن …», «… على ضرورة …»), with at least one «و» joining two parties. Null otherwise.
 */
export function eachOfEnd(text: string, toks: Token[]): number | null {
  const [each, of] = toks;
  const eachOf = !!each?.word && bare(each) === "كل" && !!of?.word && bare(of) === "من";
  const dual = eachOf ? 0 : dualTitleWords(toks.map((t) => (t.word ? bare(t) : t.text)));
  if (!eachOf && !dual) return null;
  let k = eachOf ? 2 : dual;
  while (
    k < MAX_WORDS &&
    toks[k]?.word &&
    !isComplementizer(text, toks[k] as Token) &&
    !isFunctionWord((toks[k] as Token).text)
  )
    k++;
  const joined = toks.slice(eachOf ? 3 : dual + 1, k).some((t) => /^و\p{L}{2,}/u.test(bare(t)));
  // «الرئيسان X وY، خلال …», «وزيرا الخارجية X وY إن …»: the two names end at the content or occasion
  const after = toks[k];
  if (
    dual &&
    (!after ||
      (after.word
        ? !isComplementizer(text, after) && !PARTY_STOP.test(bare(after))
        : !COMMA.test(after.text)))
  )
    return null;
  return joined ? (toks[k - 1] as Token).end : null;
}

/** The words without the nisba adjectives opening them («المغربي ناصر بوريطة» → «ناصر بوريطة»). */
const withoutNisba = (words: string[]): string[] => {
  let i = 0;
  while (i < words.length - 1 && /^ال\p{L}{2,}ي$/u.test(words[i] as string)) i++;
  return words.slice(i);
};

/** «في», «خلال», «عبر»: the occasion after the parties. */
const PARTY_STOP = /^(?:في|خلال|عبر|على)$/u;
/** «وزيرا», «رئيسا»: a title's dual in construct, before its definite genitive («وزيرا الخارجية»). */
const CONSTRUCT_DUAL_TITLE = /^(\p{L}{2,}?)ت?ا$/u;

/**
 * How many words a title's dual opening the parties takes: 1 for «الرئيسان», 2 for «وزيرا الخارجية»; 0
 * when the words do not open with one.
 */
function dualTitleWords(ws: string[]): number {
  const [w0 = "", w1 = ""] = ws;
  const stem = DUAL.exec(w0)?.[1];
  if (stem && PERSON_TITLES.has(foldWord(stem))) return 1;
  const construct = CONSTRUCT_DUAL_TITLE.exec(w0)?.[1];
  return construct && PERSON_TITLES.has(foldWord(construct)) && /^ال\p{L}{2,}$/u.test(w1) ? 2 : 0;
}

/**
 * «كل من وزير الخارجية أيمن الصفدي ونظيره المصري بدر عبد العاطي» → «أيمن الصفدي وبدر عبد العاطي»: the
 * names of the two parties (or their titles when unnamed), split at the «و» where both sides parse with a
 * name, the last such «و» first («وزير الطوارئ وإدارة الكوارث X ونظيره Y»). Null for any other mention.
 */
export function eachOfNames(mention: string, parse: (words: string) => MentionParse): MentionParse | null {
  const ws = mention.trim().split(/[\s\u00A0]+/u);
  const eachOf = ws[0] === "كل" && ws[1] === "من";
  const titled = eachOf ? null : titledPair(mention, parse);
  if (titled) return titled;
  const bodies = !eachOf && bodyHead(ws[0] ?? "") ? jointBodies(ws, parse) : null;
  if (bodies) return bodies;
  // «الرئيسان X وY», «وزيرا الخارجية المغربي X والموريتاني Y»: a title's dual, then the two named
  const lead = eachOf ? 2 : dualTitleWords(ws);
  if (ws.length < lead + 2 || !lead) return null;
  for (let k = ws.length - 1; k > lead; k--) {
    const w = ws[k] as string;
    // («ولد» joins a Mauritanian name: «محمد سالم ولد مرزوك»)
    if (!/^و\p{L}{2,}/u.test(w) || w === "ولد") continue;
    // («المغربي ناصر بوريطة والموريتاني …»: each party's nisba goes with the dual's title)
    const party = (words: string[]) => parse((eachOf ? words : withoutNisba(words)).join(" "));
    const first = party(ws.slice(lead, k));
    const second = party([w.slice(1), ...ws.slice(k + 1)]);
    // (a dual's parties are named: «الوزيران ضرورة التعاون والتنسيق», «وزيرا الخارجية المصري والسعودي»
    // name no one)
    const unnamed = (p: MentionParse) => !p.name || /^ال\p{L}{2,}ي$/u.test(p.name);
    if (!eachOf && (unnamed(first) || unnamed(second))) continue;
    // (unnamed parties by their titles: «كل من المدرب والقائد»)
    const a = first.name ?? first.title;
    const b = second.name ?? second.title;
    if (a && b && !first.pronoun && !second.pronoun)
      return {
        name: `${a} و${b}`,
        title: null,
        kind: first.kind === second.kind ? first.kind : "unknown",
        pronoun: false,
        joint: true,
        parties: [first, second],
      };
  }
  return null;
}

/** «وزارة», «هيئة», «منظمة»: a body's head without the article (folded lookup). */
const bodyHead = (w: string): boolean => !/^ال/u.test(w) && isOrgHead(foldWord(w));

/**
 * «قالت وزارة الخارجية القطرية ووزارة الخارجية المصرية في بيان مشترك إن …»: two bodies joined by «و», each
 * with its head, speak together when the statement, the occasion or the complementizer follows the second.
 * Returns the end offset of both, or null.
 */
export function jointBodiesEnd(text: string, toks: Token[]): number | null {
  const t0 = toks[0];
  if (!t0?.word || !bodyHead(bare(t0))) return null;
  const k = toks.findIndex((t, i) => i >= 2 && t.word && /^و/u.test(bare(t)) && bodyHead(bare(t).slice(1)));
  if (
    k < 2 ||
    k > 6 ||
    toks.slice(1, k).some((t) => !t.word || isFunctionWord(t.text) || isComplementizer(text, t))
  )
    return null;
  let e = k + 1;
  while (
    e < k + 5 &&
    toks[e]?.word &&
    !isFunctionWord((toks[e] as Token).text) &&
    !isComplementizer(text, toks[e] as Token)
  )
    e++;
  const after = toks[e];
  const closes =
    after &&
    (after.word ? isComplementizer(text, after) || PARTY_STOP.test(bare(after)) : COMMA.test(after.text));
  return e > k + 1 && closes ? (toks[e - 1] as Token).end : null;
}

/** «وزارة الخارجية القطرية ووزارة الخارجية المصرية»: two bodies, each under its own head, as one joint speaker. */
function jointBodies(ws: string[], parse: (words: string) => MentionParse): MentionParse | null {
  const k = ws.findIndex((w, i) => i >= 2 && /^و/u.test(w) && bodyHead(w.slice(1)));
  if (k < 0) return null;
  const first = parse(ws.slice(0, k).join(" "));
  const second = parse([(ws[k] as string).slice(1), ...ws.slice(k + 1)].join(" "));
  if (first.kind !== "organisation" || second.kind !== "organisation" || !first.name || !second.name)
    return null;
  const name = `${first.name} و${second.name}`;
  return { name, title: null, kind: "organisation", pronoun: false, joint: true, parties: [first, second] };
}

/**
 * «وزير النفط حيان عبد الغني، ووزير المالية طيف سامي»: a second titled person after a comma and «و» speaks
 * with the first; both named, one joint speaker «X وY». Null otherwise.
 */
function titledPair(mention: string, parse: (words: string) => MentionParse): MentionParse | null {
  const parts = mention.split(/[،,][\s\u00A0]*(?=و)/u);
  if (parts.length !== 2) return null;
  const second = (parts[1] as string).slice(1).trim();
  if (!PERSON_TITLES.has(titleHead(second.split(/[\s\u00A0]+/u)[0] ?? ""))) return null;
  const a = parse((parts[0] as string).trim());
  const b = parse(second);
  if (a.kind !== "person" || b.kind !== "person" || !a.name || !b.name || !a.title || !b.title) return null;
  return {
    name: `${a.name} و${b.name}`,
    title: null,
    kind: "person",
    pronoun: false,
    joint: true,
    parties: [a, b],
  };
}
