import type { MentionParse } from "../speaker-types.ts";

const CAP_RUN = "\\p{Lu}[\\p{L}’'-]*(?:[\\s\\u00A0]+\\p{Lu}[\\p{L}’'-]*)*";
/**
 * "the Minister of Works, Transport and Infrastructure, Olo Fiti Vaai": an office whose portfolios are listed
 * with commas and "and" (each maybe with "the": "Housing and the Environment"), then the holder's name after the
 * last comma.
 */
const LISTED_PORTFOLIO = new RegExp(
  `^((?:the[\\s\\u00A0]+)?(?:${CAP_RUN}[\\s\\u00A0]+)?(?:of|for)[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?${CAP_RUN}(?:,[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?${CAP_RUN})*,?[\\s\\u00A0]+and[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?${CAP_RUN}),[\\s\\u00A0]+(.+?),?$`,
  "u",
);

/**
 * "Minister of Traffic, Transport and Spatial Planning Orlan Pike": the same office with no comma before the
 * name, which runs on from the last portfolio.
 */
const LISTED_PORTFOLIO_THEN_NAME = new RegExp(
  `^(?:the[\\s\\u00A0]+)?(?:${CAP_RUN}[\\s\\u00A0]+)?(?:of|for)[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?${CAP_RUN}(?:,[\\s\\u00A0]+${CAP_RUN})*,[\\s\\u00A0]+${CAP_RUN}[\\s\\u00A0]+and[\\s\\u00A0]+${CAP_RUN}$`,
  "u",
);

/** The holder named after an office with listed portfolios, or null. */
export function listedPortfolioParse(
  mention: string,
  parse: (raw: string) => MentionParse,
): MentionParse | null {
  if (LISTED_PORTFOLIO_THEN_NAME.test(mention)) return runOnHolderParse(mention, parse);
  const m = LISTED_PORTFOLIO.exec(mention);
  if (!m) return null;
  const holder = parse(m[2] as string);
  if (holder.kind !== "person" || !holder.name?.includes(" ") || holder.pronoun) return null;
  const office = (m[1] as string).replace(/^the[\s\u00A0]+/i, "");
  return { ...holder, title: [holder.title, office].filter(Boolean).join(", ") };
}

/** The office read without its commas (as "Minister of Traffic and Spatial Planning X"), the title with them. */
function runOnHolderParse(mention: string, parse: (raw: string) => MentionParse): MentionParse | null {
  const holder = parse(mention.replace(/,/g, ""));
  const name = holder.name ?? "";
  const at = mention.lastIndexOf(name);
  if (holder.kind !== "person" || !name.includes(" ") || holder.pronoun || at <= 0) return null;
  return {
    ...holder,
    title: mention
      .slice(0, at)
      .trim()
      .replace(/^the[\s\u00A0]+/i, ""),
  };
}
