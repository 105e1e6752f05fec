import type { Entity } from "./speakers.ts";

/**
 * "three EU diplomats told POLITICO … one of the diplomats said": one member of a group the article
 * introduced is known by the group's description in the singular ("EU diplomat"), not by "one of the
 * diplomats".
 */
const ONE_OF = /^(?:one|another|a\s+third|a\s+second)\s+of\s+(?:the|those|these)\s+([a-z]+s)$/i;
/** Words that count or determine a group and are no part of its description ("three", "several"). */
const COUNT =
  /^(?:the|a|an|some|several|many|few|two|three|four|five|six|seven|eight|nine|ten|\d+|both|all|other|those|these)\s+/i;

/** The singular description for a "one of the X" title, from the latest group of X met, or null. */
export function memberOfGroup(title: string, recency: readonly Entity[]): string | null {
  const m = ONE_OF.exec(title);
  if (!m) return null;
  const plural = (m[1] as string).toLowerCase();
  for (let i = recency.length - 1; i >= 0; i--) {
    const e = recency[i] as Entity;
    if (e.nameWords.length || e.kind === "organisation") continue;
    const group = (e.name ?? e.titles[0] ?? "").trim();
    const words = group.split(/\s+/);
    if (words.length < 2 || words.at(-1)?.toLowerCase() !== plural) continue;
    let described = group;
    while (COUNT.test(described)) described = described.replace(COUNT, "");
    // (the group's own words only: "EU diplomats" → "EU diplomat")
    return described.split(/\s+/).length >= 2 ? described.slice(0, -1) : null;
  }
  return null;
}
