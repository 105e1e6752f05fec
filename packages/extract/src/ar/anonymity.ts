// «وقال مسؤول رفض الكشف عن اسمه إن …»: a source's request for anonymity between it and what it said.

/** «رفض الكشف عن اسمه», «طلب عدم نشر هويته», «فضّل عدم ذكر اسمه», «فضلت حجب اسمها», «الذي اشترط عدم الإفصاح عن هويته», «وقد فضّل عدم ذكر اسمه». */
export const ANONYMITY =
  /[\s\u00A0]+(?:(?:الذي|التي|الذين|وقد)[\s\u00A0]+)?(?:رفض|رفضت|رفضوا|طلب|طلبت|طلبوا|فض\u0651?ل|فض\u0651?لت|فض\u0651?لوا|اشترط|اشترطت|اشترطوا)[\s\u00A0]+(?:عدم[\s\u00A0]+)?(?:(?:الكشف|الإفصاح|الافصاح|كشف)[\s\u00A0]+عن|الكشف|كشف|ذكر|نشر|حجب)[\s\u00A0]+(?:اسمه|اسمها|اسمهم|أسمائهم|اسمائهم|هويته|هويتها|هويتهم|هوياتهم)(?![\p{L}\p{M}])/u;
/** ANONYMITY matched only where it is tried (sticky). */
const ANONYMITY_AT = new RegExp(ANONYMITY.source, "uy");
/** How many words of a speaker phrase the request may follow. */
const WORDS_BEFORE = 6;

/** Where a request for anonymity starts after the speaker's first words at `from` (null if none there). */
export function anonymityStart(text: string, from: number, limit: number): number | null {
  const room = text.slice(from, Math.min(limit, from + 120));
  // (every request ends in «اسم…», «أسمائهم» or «هوي…»: without one the regex need not run at every space)
  if (!room.includes("اسم") && !room.includes("أسم") && !room.includes("هوي")) return null;
  const m = ANONYMITY.exec(room);
  if (!m || m.index === 0) return null;
  const before = room.slice(0, m.index);
  if (/[،,.:؛!؟?«»"“”]/u.test(before) || before.trim().split(/[\s\u00A0]+/u).length > WORDS_BEFORE)
    return null;
  return from + m.index;
}

/** Where the request for anonymity right at `from` ends (null if none starts there). */
export function anonymityEnd(text: string, from: number, limit: number): number | null {
  // (tried at `from` only: the leftmost match, when at 0, is the one that starts there)
  ANONYMITY_AT.lastIndex = 0;
  const m = ANONYMITY_AT.exec(text.slice(from, limit));
  return m ? from + m[0].length : null;
}
