import type { MentionParse } from "../speaker-types.ts";

const CAP_RUN = "\\p{Lu}[\\p{L}’'-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}’'-]*)*";
/**
 * "the Minister of Works, Transport and Infrastructure, Olo Fiti Vaai": an office whose portfolios are listed
 * with commas and "and", then the holder's name after the last comma.
 */
const LISTED_PORTFOLIO = new RegExp(
  `^((?:the[\\s\\u00A0]+)?(?:${CAP_RUN}[\\s\\u00A0]+)?(?:of|for)[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?${CAP_RUN}(?:,[\\s\\u00A0]+${CAP_RUN})*,?[\\s\\u00A0]+and[\\s\\u00A0]+${CAP_RUN}),[\\s\\u00A0]+(.+?),?$`,
  "u",
);

/** The holder named after an office with listed portfolios, or null. */
export function listedPortfolioParse(
  mention: string,
  parse: (raw: string) => MentionParse,
): MentionParse | null {
  const m = LISTED_PORTFOLIO.exec(mention);
  if (!m) return null;
  const holder = parse(m[2] as string);
  if (holder.kind !== "person" || !holder.name?.includes(" ") || holder.pronoun) return null;
  const office = (m[1] as string).replace(/^the[\s\u00A0]+/i, "");
  return { ...holder, title: [holder.title, office].filter(Boolean).join(", ") };
}
