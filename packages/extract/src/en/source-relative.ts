// "According to Nature Seychelles, which manages Cousin as a reserve, the island recorded …".

/** ", which …," / ", who …,": a relative clause on the source, closed by its own comma. */
const RELATIVE_ON_SOURCE = /^[\s\u00A0]+(?:which|who|whose)[\s\u00A0][^,;“”"]{3,140},/;

/**
 * After an opening "According to X" and its comma at `commaAt`, a relative clause on X belongs to the source,
 * not to the words: the index of the comma that closes it, or -1.
 */
export function sourceRelativeEnd(text: string, commaAt: number, end: number): number {
  const m = RELATIVE_ON_SOURCE.exec(text.slice(commaAt + 1, Math.min(end, commaAt + 160)));
  return m ? commaAt + m[0].length : -1;
}

// "According to Rhys Pryor, operations manager of the Ordnance Clearance Project, a non-profit group that has
// worked in Palau since 2012, the shells were …": the named source's role, then maybe what its body is.
const PERSON_NAME = /^(?:\p{Lu}[\p{L}\p{M}.’'-]*[\s\u00A0]+){1,3}\p{Lu}[\p{L}\p{M}’'-]+$/u;
const ROLE_ON_SOURCE =
  /^[\s\u00A0]+(?:(?:the|a|an|its|his|her|their)[\s\u00A0]+)?(?:[\p{Ll}-]+[\s\u00A0]+){0,3}(?:manager|director|spokes(?:man|woman|person)|head|chief|president|chair(?:man|woman|person)?|secretary|officer|coordinator|(?:co-)?founder|executive|leader|commissioner|professor|researcher|analyst|economist|lawyer|attorney|advis[eo]r|owner|editor|supervisor|superintendent|administrator|principal|representative|official|engineer|scientist|specialist)(?:[\s\u00A0]+(?:of|at|for|with|in)[\s\u00A0][^,;“”"]{2,100})?,/u;
const BODY_DESCRIBED =
  /^[\s\u00A0]+(?:a|an)[\s\u00A0][^,;“”"]{0,40}?\b(?:group|organi[sz]ation|company|charity|agency|body|firm|association|foundation|institute|network|coalition|union|project|programme|program|society|trust|NGO|non-profit|nonprofit|consultancy)\b[^,;“”"]{0,100},/u;

/**
 * After an opening "According to <a person's name>" and its comma at `commaAt`, the role in apposition (and a
 * description of the body after it) belong to the source: the index of the comma that closes them, or -1.
 */
export function sourceRoleEnd(text: string, cueEnd: number, commaAt: number, end: number): number {
  if (!PERSON_NAME.test(text.slice(cueEnd, commaAt).trim())) return -1;
  const role = ROLE_ON_SOURCE.exec(text.slice(commaAt + 1, Math.min(end, commaAt + 180)));
  if (!role) return -1;
  const roleEnd = commaAt + role[0].length;
  const body = BODY_DESCRIBED.exec(text.slice(roleEnd + 1, Math.min(end, roleEnd + 180)));
  const close = body ? roleEnd + body[0].length : roleEnd;
  // (the words go on after it)
  return /\S/.test(text.slice(close + 1, end)) ? close : -1;
}
