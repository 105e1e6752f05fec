import type { MentionParse } from "../speaker-types.ts";

/**
 * "B.Enkhtuya", "G.Damdinnyam", "Ts.Bolormaa": a parent's initial (one Cyrillic letter, two Latin ones for
 * "Ц", "Ч", "Ш", "Х") joined to the given name by a full stop, no space.
 */
export const JOINED_INITIAL =
  /(?<=^|[\s\u00A0])(?:\p{Lu}{1,2}|Ts|Ch|Sh|Kh|Zh|Ya|Yo|Yu)\.\p{Lu}\p{Ll}{2,}(?=$|[\s\u00A0,])/u;
const JOINED_INITIALS = new RegExp(JOINED_INITIAL.source, "gu");

/** The mention read with a space after the initial, its name given back as the article spells it. */
export function joinedInitialParse(raw: string, parse: (mention: string) => MentionParse): MentionParse {
  const joined = raw.match(JOINED_INITIALS) ?? [];
  // (one letter of a two-letter initial before the space: "Ch. " would read as "chief")
  const spacedOf = (j: string): string => `${j[0]}. ${j.slice(j.indexOf(".") + 1)}`;
  const spaced = raw.replace(JOINED_INITIALS, spacedOf);
  const p = parse(spaced);
  // ("Speaker of the State Great Khural D.Zolzaya", "Head of the … Department D.Munkhtsetseg": a joined name
  // that ends the mention is the whole name; the words before it are the office's)
  const only = joined.length === 1 ? (joined[0] as string) : "";
  const trimmed = raw.trimEnd();
  if (only && trimmed.endsWith(only) && (!p.name || p.name.endsWith(` ${spacedOf(only)}`))) {
    const title = trimmed
      .slice(0, -only.length)
      .trim()
      .replace(/,$/, "")
      .replace(/^the\s+/i, "");
    return { name: only, title: title || null, kind: "person", pronoun: false };
  }
  if (!p.name) return p;
  let name = p.name;
  for (const j of joined) name = name.replace(spacedOf(j), j);
  return { ...p, name };
}
