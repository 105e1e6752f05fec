// «ويذكر أن …، بحسب أرقام الوزارة»: the writer's background, whose source is named at its end, is no claim.
import { seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";

/** «يذكر أن», «ويُذكر أن», «يشار إلى أن», «وتجدر الإشارة إلى أن» opening the sentence. */
const BACKGROUND_LEAD = seatless(
  /^[\s\u00A0]*و?(?:ي\u064F?ذكر|ي\u064F?شار[\s\u00A0]+إلى|تجدر[\s\u00A0]+الإشارة[\s\u00A0]+إلى)[\s\u00A0]+أن/u,
);

/** The sentence opens with the writer's background («ويذكر أن …»). */
export const opensWithBackground = (text: string, s: Sentence): boolean =>
  BACKGROUND_LEAD.test(text.slice(s.start, Math.min(s.end, s.start + 40)));
