// «كيف ترى الوضع الاقتصادي؟», «هل تتوقع الحكومة انخفاض الأسعار؟»: an interviewer's or the writer's
// question asks about a statement and makes none.

import { QUOTE_CHARS } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";

/** The question words that open a question in news Arabic, with و/ف before them. */
const ASKING = /^[\s\u00A0]*[وف]?(?:هل|كيف|ماذا|لماذا|متى|أين|أليس|ألا)(?![\p{L}\p{M}])/u;
const ENDS_ASKING = new RegExp(`[؟?][${QUOTE_CHARS})\\]\\s\\u00A0]*$`, "u");

/** The verb at `cueStart` belongs to a question the sentence opens with (no quote or colon between). */
export function inOpeningQuestion(text: string, s: Sentence, cueStart: number): boolean {
  if (!ASKING.test(text.slice(s.start, Math.min(cueStart, s.start + 12)))) return false;
  if (!ENDS_ASKING.test(text.slice(Math.max(s.start, s.end - 8), s.end))) return false;
  return !new RegExp(`[:${QUOTE_CHARS}]`, "u").test(text.slice(s.start, cueStart));
}
