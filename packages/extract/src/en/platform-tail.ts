import { FINITE_AFTER } from "./auxiliaries.ts";
import { SOCIAL_PLATFORMS } from "./social-platforms.ts";

/** Where the words were put out, with its day at most, closing the content: "on Twitter", "on its website". */
const PLATFORM_TAIL = new RegExp(
  String.raw`[\s\u00A0]+(?:on|via)[\s\u00A0]+(?:${SOCIAL_PLATFORMS}|(?:its|his|her|their)[\s\u00A0]+(?:official[\s\u00A0]+)?(?:website|blog|Facebook[\s\u00A0]+page|Twitter[\s\u00A0]+account|Instagram[\s\u00A0]+account))(?:[\s\u00A0]+(?:on[\s\u00A0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:[\s\u00A0]+(?:morning|afternoon|evening|night))?)?[\s\u00A0]*$`,
);

/**
 * "reported her presence on Twitter", "noted the comments on its website": an object the verb reports ends
 * before the platform it was put out on. (Not a clause, whose own verb may have acted there: "said the mayor
 * had posted the photos on Facebook".)
 */
export function withoutPlatformTail(text: string, start: number, end: number): number {
  const content = text.slice(start, end);
  const m = PLATFORM_TAIL.exec(content);
  if (!m || m.index === 0) return end;
  const words = content.slice(0, m.index).split(/[\s\u00A0]+/);
  if (words.length > 12 || words.some((w) => FINITE_AFTER.test(w.toLowerCase()))) return end;
  return start + m.index;
}
