import { type Entity, replaceSpeaker } from "../speaker-types.ts";
import { headlineRoleVoice } from "./headline-role-voice.ts";
import { isPluralPeople } from "./phrase-words.ts";

/**
 * "Donor says screen ‘belongs where it was painted’" over "“… I think it belongs where it was painted,” Hollis
 * said": a headline or deck quotes the words a body paragraph gives in full; its voice, a role with no name of
 * its own ("Donor", "Widow", "Coach"), is the person who says them there.
 */
const QUOTED = /[‘“'"]([^‘’“”'"]{12,})[’”'"]/u;
/** A one-word voice: a role written as a headline writes it ("Donor", "Widow"). */
const ONE_WORD_ROLE = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Swarm ‘no sign of a bigger eruption’, scientists say" over "The Volcano Observatory said the tremors were
 * “no sign that an eruption is near”": a plural voice with no name ("experts", "officials", "scientists") is
 * the body or person whose quoted words the headline shortens (the first body claim sharing a run of three
 * words with them).
 */
const pluralVoice = (mention: string): boolean => {
  const w = mention.trim().toLowerCase();
  return w.length > 3 && !/\s/.test(w) && isPluralPeople(w);
};
const wordsOf = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** Whether `content` holds three words in a row of `quoted`, one of them of four letters or more. */
function sharesRun(quoted: string[], content: string): boolean {
  const text = ` ${wordsOf(content).join(" ")} `;
  for (let k = 0; k + 3 <= quoted.length; k++) {
    const run = quoted.slice(k, k + 3);
    if (run.some((w) => w.length >= 4) && text.includes(` ${run.join(" ")} `)) return true;
  }
  return false;
}

/** Gives a headline claim (paragraph ≤ 2) with a one-word voice the speaker of the body claim that holds its quoted words. */
export function nameQuotingHeadlineVoices(
  speakers: (Entity | null)[],
  paras: number[],
  contents: string[],
  mentions: string[],
): void {
  for (let i = 0; i < speakers.length && (paras[i] ?? 99) <= 2; i++) {
    const e = speakers[i];
    const mention = mentions[i] ?? "";
    const plural = pluralVoice(mention);
    // ("Ilulissat fisherman: “…”": a role with its place, as headline-role-voice.ts reads it)
    const placedRole = headlineRoleVoice(mention.trim().split(/\s+/), "“");
    if (!e || !(ONE_WORD_ROLE.test(mention.trim()) || plural || placedRole)) continue;
    // ("Politifact: …" then "Politifact then pointed out …": a voice the body quotes by that name is no role)
    if (speakers.some((x, k) => x === e && (paras[k] ?? 0) > 2)) continue;
    const quoted = QUOTED.exec(contents[i] ?? "")?.[1]?.toLowerCase();
    if (!quoted) continue;
    const quotedWords = wordsOf(quoted);
    const later = (k: number): boolean => k > i && speakers[k] !== e && (paras[k] ?? 0) > (paras[i] ?? 0);
    let j = contents.findIndex((c, k) => later(k) && c.toLowerCase().includes(quoted));
    // (a shortened quotation: from a body claim that quotes words too)
    if (j < 0 && (plural || placedRole))
      j = contents.findIndex((c, k) => later(k) && /[‘“"]/.test(c) && sharesRun(quotedWords, c));
    const named = j > 0 ? speakers[j] : null;
    // (a plural voice is a body, never one person: "…, say growers" over one grower's words stays the growers)
    const fits = plural
      ? named?.kind === "organisation"
      : named?.kind === "person" && /\s/.test(named.name ?? "");
    if (!named || !fits || !named.name) continue;
    replaceSpeaker(speakers, e, named);
  }
}
