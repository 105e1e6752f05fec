// «وشددت الوزارة، في الدورية نفسها، على أن …»: words put in the same document or said at the same occasion as the
// speaker's earlier ones.
import type { Draft } from "../draft.ts";

/** «في الدورية نفسها», «خلال المؤتمر ذاته», «في نفس البيان», «في ذات الكلمة». */
const SAME_OCCASION =
  /(?:^|[\s\u00A0،,])(?:و?في|خلال)[\s\u00A0]+(?:ال[\p{L}\p{M}]+[\s\u00A0]+(?:نفسه|نفسها|ذاته|ذاتها)|(?:نفس|ذات)[\s\u00A0]+ال[\p{L}\p{M}]+)(?![\p{L}\p{M}])/u;

/**
 * The statement's own words outside its content (from its frame to the content) name the occasion of the
 * speaker's earlier statement as the same one: it was made on that statement's day.
 */
export function atSameOccasion(text: string, d: Draft): boolean {
  if (d.contentStart <= d.frameStart) return false;
  return SAME_OCCASION.test(text.slice(d.frameStart, d.contentStart));
}

/** «ونقل البيان عن X قولها …»: the statement just reported relays another's words. */
const RELAYED_BY_STATEMENT =
  /(?:^|[\s\u00A0،,])و?نقل(?:ت)?[\s\u00A0]+(?:البيان|التقرير|البلاغ|الرسالة|الكتاب)[\s\u00A0]+عن(?![\p{L}\p{M}])/u;

/** The statement relays words through the document the claim before it reported: they share its day. */
export function relayedByStatement(text: string, d: Draft): boolean {
  return RELAYED_BY_STATEMENT.test(text.slice(d.frameStart, Math.max(d.cueEnd, d.frameStart)));
}
