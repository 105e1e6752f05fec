import type { MentionParse } from "../speakers.ts";

/** Words for a branch of a body, and the plain words that may place it ("local", "district"). */
const BRANCH_WORD = /\s(?:branch|chapter)$/;
const LINK = /^(?:of|for|and|on|in|the)$/;
const PLACING = /^(?:local|regional|district|county|provincial|state|city|town|national)$/;
/** Capitalised heads that end a body's own name ("… Youth League branch": the league's, not a place's). */
const BODY_HEAD =
  /^(?:Union|League|Party|Association|Council|Congress|Federation|Movement|Front|Society|Club|Church|Chamber|Institute|Trust|Foundation|Alliance|Organi[sz]ation|Bank|Company)$/;

/**
 * "The Chama cha Walimu Tanzania (CWT) Mbeya branch", "the union's Mbeya branch", "the party's local chapter": a
 * branch speaks as the body it belongs to, so the speaker is the body named before the place (null otherwise).
 */
export function bodyOfBranch(mention: string, parse: (raw: string) => MentionParse): MentionParse | null {
  if (!BRANCH_WORD.test(mention)) return null;
  const words = mention.split(/\s+/).slice(0, -1);
  // (the place words before "branch": capitalised names and plain placing words, not the body's own head)
  let k = words.length;
  while (k > 1) {
    const w = words[k - 1] as string;
    if (PLACING.test(w) || (/^\p{Lu}[\p{Ll}-]+$/u.test(w) && !BODY_HEAD.test(w))) k--;
    else break;
  }
  // ("Union of Teachers Nairobi branch": a name's own words after "of" stay in it)
  while (k < words.length && LINK.test(words[k - 1] as string)) k++;
  const owner = words.slice(0, k);
  const last = owner.at(-1) ?? "";
  const possessive = /[’']s$/.test(last);
  // (a body named before the place: an initialism in brackets, a possessive, or a name whose head is a body's)
  if (k === words.length && !possessive) return null;
  if (possessive) owner[owner.length - 1] = last.slice(0, -2);
  else if (!/\)$/.test(last) && !BODY_HEAD.test(last) && owner.length < 2) return null;
  const body = parse(owner.join(" "));
  return body.kind === "organisation" || body.generic || possessive ? body : null;
}
