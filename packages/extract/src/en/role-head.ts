import type { Entity } from "../speaker-types.ts";

/**
 * A role's head word, before its body or place: "head of the Authority" → "head", "ski area's general manager" →
 * "manager", "X’s Minister for Water Services" → "minister", "chief in Buin" → "chief".
 */
export const roleHead = (title: string): string =>
  (
    title
      .trim()
      .replace(/^.*[’']s\s+/, "")
      .replace(/(?:,|\s+(?:of|for|in|at|from|on|responsible|with)\s).*$/i, "")
      .trim()
      .split(/\s+/)
      .at(-1) ?? ""
  ).toLowerCase();

/** A voice known by a role alone: a title, no name, not a body. */
export const unnamedRole = (e: Entity | null | undefined): e is Entity =>
  !!e && !e.nameWords.length && e.kind !== "organisation" && e.titles.length > 0;
