import type { MentionParse } from "../speaker-types.ts";

/** "B.Enkhtuya", "G.Damdinnyam": a parent's initial joined to the given name by a full stop, no space. */
export const JOINED_INITIAL = /(?<=^|[\s\u00A0])\p{Lu}{1,2}\.\p{Lu}\p{Ll}{2,}(?=$|[\s\u00A0,])/u;
const JOINED_INITIALS = new RegExp(JOINED_INITIAL.source, "gu");

/** The mention read with a space after the initial, its name given back as the article spells it. */
export function joinedInitialParse(raw: string, parse: (mention: string) => MentionParse): MentionParse {
  const joined = raw.match(JOINED_INITIALS) ?? [];
  const spaced = raw.replace(JOINED_INITIALS, (m) => m.replace(".", ". "));
  const p = parse(spaced);
  if (!p.name) return p;
  let name = p.name;
  for (const j of joined) name = name.replace(j.replace(".", ". "), j);
  return { ...p, name };
}
