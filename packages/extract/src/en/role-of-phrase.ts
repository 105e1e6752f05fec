import { TITLE_HEADS } from "./person-words.ts";

/**
 * "Captain of the fishing vessel Sea Star, Tom Baker", "Manager of the hotel Blue Lagoon, Ann Cole": a
 * capitalised title word, then "of/for" and what the role is of; the name in it is the vessel's, the hotel's.
 */
export function roleOfPhrase(role: string): boolean {
  const words = role.trim().split(/\s+/);
  const k = /^the$/i.test(words[0] ?? "") ? 1 : 0;
  return TITLE_HEADS.has(words[k] ?? "") && /^(?:of|for)$/.test(words[k + 1] ?? "");
}
