// Days a lede gives something other than its event ("until Friday"), and the occasion a report follows
// ("after Saturday's 2-1 win"), whose day is the day of the words said after it.
import type { DateMention } from "../dates.ts";

/** A day that is not the event's: "since Monday", "until March 3", "next Friday", "by Tuesday". */
const NOT_THE_EVENT =
  /\b(?:since|until|till|by|from|through|before|after|next|starting|ahead\s+of|due|scheduled\s+for|expected\s+on)\s+(?:on\s+|last\s+)?$/i;
const AFTER = /\b(?:after|following)[\s\u00A0]+$/i;
/** "'s 2-1 derby win", "'s hearing": a past occasion named by its day (not an election or an attack, talked of for days). */
const DAYS_OCCASION =
  /^['’]s[\s\u00A0]+(?:[\w-]+[\s\u00A0]+){0,3}?(?:match|game|final|semi-?final|race|fight|bout|derby|round|win|victory|defeat|loss|draw|clash|fixture|hearing|meeting|session|debate|vote|summit|talks|briefing|launch|speech|rally|ruling|verdict)\b/i;

/**
 * "said his side had been brilliant after Saturday's 2-1 win", "said following Tuesday's hearing": the words
 * were said after an occasion the article dates by its day, on that day (the report of the occasion).
 */
export function afterDaysOccasion(text: string, m: DateMention): boolean {
  return (
    AFTER.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
    DAYS_OCCASION.test(text.slice(m.end, m.end + 48))
  );
}

/** The day is what the lede's event runs from or to, or a plan's ("since Monday", "next Friday"), not the event's. */
export function notTheEventDay(text: string, m: DateMention): boolean {
  return NOT_THE_EVENT.test(text.slice(Math.max(0, m.start - 25), m.start)) && !afterDaysOccasion(text, m);
}
