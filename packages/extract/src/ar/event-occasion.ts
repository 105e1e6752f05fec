// Statements made at the lead's event: «قضت المحكمة، اليوم الأربعاء، …، وفق ما أفاد مصدر قضائي» gives the
// hearing's day, and «أكد المحامي، في تصريحات عقب الجلسة، أنه سيطعن» was said that day.

import type { Draft } from "../draft.ts";
import { seatless } from "../text/chars.ts";

/**
 * «عقب الجلسة», «بعد النطق بالحكم», «في ختام الاجتماع», «على هامش القمة», «خلال الوقفة», «خلال حفل الافتتاح»,
 * «على هامش حفل التوقيع», «في حيثيات الحكم»: an occasion that names, with the article, an event already told (not «الجلسة المقبلة», a
 * meeting still to come).
 */
const AT_THE_EVENT = seatless(
  /(?:^|[\s\u00A0])(?:عقب|بعد|خلال|أثناء|إثر|في[\s\u00A0]+(?:ختام|أعقاب|حيثيات)|على[\s\u00A0]+هامش)[\s\u00A0]+(?:(?:انتهاء|انعقاد|صدور|رفع)[\s\u00A0]+|النطق[\s\u00A0]+ب|(?:حفل|مراسم)[\s\u00A0]+)?ال(?:جلسة|اجتماع|محاكمة|حكم|مباراة|لقاء|قمة|اقتراع|تصويت|وقفة|تظاهرة|مسيرة|افتتاح|تدشين|توقيع)(?![\p{L}\p{M}])(?![\s\u00A0]+(?:ال)?(?:مقبل|مقبلة|قادم|قادمة)(?![\p{L}\p{M}]))/u,
);

/** The claim's frame, outside its content, names the lead's event as the occasion the words were said at. */
export function atLeadEvent(text: string, d: Draft): boolean {
  // (from the claim's own subject or cue: what comes before is another statement's)
  const from = d.mentionStart >= 0 ? Math.min(d.mentionStart, d.cueStart) : d.cueStart;
  const before = text.slice(from, d.contentStart);
  const after = d.frameEnd > d.contentEnd ? text.slice(d.contentEnd, d.frameEnd) : "";
  return AT_THE_EVENT.test(before) || AT_THE_EVENT.test(after);
}
