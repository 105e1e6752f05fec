import type { Entity } from "../speaker-types.ts";

/**
 * "A spokesperson for the Interior Department's Office of Insular Affairs said …": an unnamed voice is named by its
 * description, the body it speaks for and its role ("Office of Insular Affairs spokesperson"), as "An Ofcom
 * spokesperson" is; the claim's speaker stays the body for everything else (its days, its next "it").
 */
const ROLE_FOR_BODY = /^(?:an?|one)\s+(spokes(?:person|woman|man))\s+for\s+(?:the\s+)?\p{L}/iu;

export function spokespersonName(mention: string, entity: Entity | null): string | null {
  if (!entity?.name || entity.kind !== "organisation") return null;
  const role = ROLE_FOR_BODY.exec(mention)?.[1];
  return role ? `${entity.name} ${role.toLowerCase()}` : null;
}
