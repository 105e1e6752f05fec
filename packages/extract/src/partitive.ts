import type { Entity } from "./speakers.ts";

/**
 * "three EU diplomats told POLITICO … one of the diplomats said": one member of a group the article
 * introduced is known by the group's description in the singular ("EU diplomat"), not by "one of the
 * diplomats".
 */
const ONE_OF = /^(?:one|another|a\s+third|a\s+second)\s+of\s+(?:the|those|these)\s+([a-z]+s|people)$/i;
/** Words that count or determine a group and are no part of its description ("three", "several"). */
const COUNT =
  /^(?:the|a|an|some|several|many|few|two|three|four|five|six|seven|eight|nine|ten|\d+|both|all|other|those|these)\s+/i;

const singular = (plural: string): string => (plural === "people" ? "person" : plural.slice(0, -1));

/**
 * The singular description for a "one of the X" title, from the latest group of X met, or null: "EU
 * diplomats" → "EU diplomat", "people familiar with the matter" → "person familiar with the matter".
 */
export function memberOfGroup(title: string, recency: readonly Entity[]): string | null {
  const m = ONE_OF.exec(title);
  if (!m) return null;
  const plural = (m[1] as string).toLowerCase();
  for (let i = recency.length - 1; i >= 0; i--) {
    const e = recency[i] as Entity;
    if (e.nameWords.length || e.kind === "organisation") continue;
    let described = (e.name ?? e.titles[0] ?? "").trim();
    while (COUNT.test(described)) described = described.replace(COUNT, "");
    const words = described.split(/\s+/);
    // (the group's head: its last word, or the first before what modifies it, "people familiar with …")
    const head =
      words.at(-1)?.toLowerCase() === plural ? words.length - 1 : words[0]?.toLowerCase() === plural ? 0 : -1;
    if (head < 0) continue;
    if (words.length < 2) return null;
    words[head] = singular(words[head] as string);
    return words.join(" ");
  }
  return null;
}
