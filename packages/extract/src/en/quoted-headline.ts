import { type Entity, replaceSpeaker } from "../speaker-types.ts";

/**
 * "Donor says screen ‘belongs where it was painted’" over "“… I think it belongs where it was painted,” Hollis
 * said": a headline or deck quotes the words a body paragraph gives in full; its voice, a role with no name of
 * its own ("Donor", "Widow", "Coach"), is the person who says them there.
 */
const QUOTED = /[‘“'"]([^‘’“”'"]{12,})[’”'"]/u;
/** A one-word voice: a role written as a headline writes it ("Donor", "Widow"). */
const ONE_WORD_ROLE = /^\p{Lu}\p{Ll}+$/u;

/** Gives a headline claim (paragraph ≤ 2) with a one-word voice the speaker of the body claim that holds its quoted words. */
export function nameQuotingHeadlineVoices(
  speakers: (Entity | null)[],
  paras: number[],
  contents: string[],
  mentions: string[],
): void {
  for (let i = 0; i < speakers.length && (paras[i] ?? 99) <= 2; i++) {
    const e = speakers[i];
    if (!e || !ONE_WORD_ROLE.test((mentions[i] ?? "").trim())) continue;
    const quoted = QUOTED.exec(contents[i] ?? "")?.[1]?.toLowerCase();
    if (!quoted) continue;
    const j = contents.findIndex(
      (c, k) =>
        k > i && speakers[k] !== e && (paras[k] ?? 0) > (paras[i] ?? 0) && c.toLowerCase().includes(quoted),
    );
    const named = j > 0 ? speakers[j] : null;
    if (named?.kind !== "person" || !/\s/.test(named.name ?? "")) continue;
    replaceSpeaker(speakers, e, named);
  }
}
