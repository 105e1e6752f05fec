/**
 * What an article says of a person right after their name, outside any claim ("Daniel Okoro, 45, appeared
 * in court", "Senator John Rudd, a Republican, disagreed", "Maria Lopes, who owns a bakery, …"): titles
 * that a later "the 45-year-old", "the Republican" or "the baker" finds the person by.
 */
import type { MentionParse } from "../speakers.ts";
import { usState } from "./us-states.ts";

/**
 * One appositive between commas (or a comma and a dash): at most a few words, no quote or bracket (not to the
 * sentence's end: "with Sana Mir, the minister said costs had fallen" is a new clause).
 */
const APPOSITIVE = /^,[\s\u00A0]+([^,.;:()“”"—–\n]{1,60}?)(?=,|[\s\u00A0]+[—–])/;
/** A verb of speech inside the words: ", the minister said, …" is a parenthetical, no appositive. */
const SPEECH = /\b(?:said|says|told|tells|added|adds|according)\b/;
const AGE = /^\d{1,3}$/;
const DESCRIPTION = /^(?:a|an|the)[\s\u00A0]/i;
/** "who owns a bakery on the square", "who runs the village shop": the business the person keeps. */
const OWNS =
  /^who[\s\u00A0]+(?:owns|runs|co-owns|manages|opened|founded)[\s\u00A0]+(?:a|an|the)[\s\u00A0]+([a-z]+)(?:[\s\u00A0]+([a-z]+))?/;
/** "who became Taoiseach in 2024", "who is the county's sheriff": the office, without its time. */
const HOLDS_OFFICE =
  /^who[\s\u00A0]+(?:is|was|became|has[\s\u00A0]+been|had[\s\u00A0]+been|served[\s\u00A0]+as)[\s\u00A0]+(?:the[\s\u00A0]+)?(.+?)(?:[\s\u00A0]+(?:in|since|from|until|for|after|before|last|this)\b.*)?$/;
/** Words after the business's noun that are no part of it ("a bakery on the square", "a farm near …"). */
const AFTER_NOUN = /^(?:on|in|at|near|by|off|for|with|from|outside|since|and|that|which)$/;
/** The trade a business gives its keeper ("who owns a bakery" … "the baker"). */
const KEEPER: Record<string, string> = {
  bakery: "baker",
  brewery: "brewer",
  butchery: "butcher",
  distillery: "distiller",
  pottery: "potter",
  grocery: "grocer",
  farm: "farmer",
  vineyard: "winemaker",
  restaurant: "restaurateur",
  pub: "publican",
  shop: "shopkeeper",
  store: "shopkeeper",
};

/** "(R-Texas)", ", D-Ohio,", "(I-Vt.)", "(D-N.Y.)": a legislator's party and state after the name. */
const PARTY_TAG =
  /^(?:[\s\u00A0]*\(|,[\s\u00A0]+)([RDI])-(\p{Lu}[\p{L}.]*(?:[\s\u00A0]\p{Lu}[\p{L}.]*)?)(?=[),;]|\.?(?:[\s\u00A0]|$))/u;
const PARTIES: Record<string, string> = { R: "Republican", D: "Democrat", I: "independent" };

/**
 * The titles a party tag after a name gives ("(R-Texas)", "(D-N.Y.)": "Texas Republican", "New York Democrat",
 * and the party alone), for a later "the Texas Republican" or "the Democrat".
 */
function partyTagTitles(text: string, end: number): string[] {
  const m = PARTY_TAG.exec(text.slice(end, end + 30));
  if (!m) return [];
  const party = PARTIES[m[1] as string] as string;
  // (", R-Texas. The …" closing the sentence: the state is the first word, without the sentence's period)
  const first = (m[2] as string).split(/[\s\u00A0]/)[0] as string;
  const state = usState(m[2] as string) ?? usState(first) ?? usState(first.replace(/\.$/, ""));
  return state ? [`${state} ${party}`, party] : [party];
}

/**
 * The titles the appositives after a person's name (text from `end`, right after the name) give: a party
 * tag ("(R-Texas)"), an age ("45"), a description ("Republican", "retired teacher") or the business the
 * person keeps ("bakery owner", "baker"). `parse` reads a description as a mention. Empty when there is none.
 */
export function appositiveTitles(
  text: string,
  end: number,
  parse: (words: string) => MentionParse,
): string[] {
  const out = partyTagTitles(text, end);
  if (out.length) return out;
  let at = end;
  for (let n = 0; n < 2; n++) {
    const m = APPOSITIVE.exec(text.slice(at, at + 70));
    if (!m) break;
    const words = (m[1] as string).trim();
    at += m[0].length;
    if (SPEECH.test(words)) break;
    if (AGE.test(words)) {
      out.push(words);
      continue;
    }
    const owns = OWNS.exec(words);
    if (owns) {
      // ("a family bakery", "the village shop": the last noun before a link)
      const second = owns[2];
      const business = second && !AFTER_NOUN.test(second) ? second : (owns[1] as string);
      out.push(`${business} owner`);
      const keeper = KEEPER[business];
      if (keeper) out.push(keeper);
      break;
    }
    // ("Mr Kiely, who became Taoiseach in 2024,": the office the person holds or held)
    const office = HOLDS_OFFICE.exec(words);
    const described = office ? `the ${office[1]}` : words;
    if (!DESCRIPTION.test(described)) break;
    const p = parse(described);
    // (a plain description of the person: not "a spokesman for the council", nor "the city's mayor, X")
    if (p.name || p.pronoun || p.speaksFor || p.generic || p.kind !== "person" || !p.title) break;
    out.push(p.title);
  }
  return out;
}
