import { lowerOf as lower, type Token } from "../text/tokens.ts";

const AMOUNT =
  /^(?:\d[\d,.]*|[$£€₹]\S*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a|half|several|dozens?|hundreds|thousands|millions)$/;

const SAYING = new Set(
  "say add warn estimate predict report claim note state explain confirm tell".split(" "),
);

/** "said up to four inches of rain could fall": "up to" an amount opens the content, no particle ("showed up"). */
export const upToAmount = (toks: Token[], i: number, base: string): boolean =>
  SAYING.has(base) &&
  !!toks[i + 2]?.word &&
  lower(toks[i + 2] as Token) === "to" &&
  (/^[$£€₹\d]/.test(toks[i + 3]?.text ?? "") ||
    (!!toks[i + 3]?.word && AMOUNT.test(lower(toks[i + 3] as Token))));
