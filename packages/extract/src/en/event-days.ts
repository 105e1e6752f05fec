// Days a lede gives something other than its event ("until Friday"), and the occasion a report follows
// ("after Saturday's 2-1 win"), whose day is the day of the words said after it.
import { DAY_MS, isoDay, parseDay } from "../calendar-days.ts";
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

/**
 * "The remarks came a day after …", "His comments came after the union said on Friday …": the scene is told
 * by another event, whose day follows the relation word (a count of days or hours before it, or none).
 */
const CAME_RELATIVE =
  /\b(?:came|come|comes|were[\s\u00A0]+made|was[\s\u00A0]+made)[\s\u00A0]+(?:(?<count>a|one|two|three|hours|minutes|shortly|just|moments)[\s\u00A0]+(?:days?[\s\u00A0]+)?)?(?<rel>after|before|following|as|amid|ahead[\s\u00A0]+of|in[\s\u00A0]+response[\s\u00A0]+to)\b/i;
const DAYS_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/**
 * The day of a scene sentence whose first time word is `first`: that day, or the day a count away from it when
 * the scene came "a day after" it ("The remarks came a day after doctors voted on Saturday": Sunday), or none
 * when the scene only came after, before or amid it.
 */
export function sceneDay(text: string, sentenceStart: number, first: DateMention): DateMention | null {
  const m = CAME_RELATIVE.exec(text.slice(sentenceStart, first.start));
  if (!m?.groups) return first;
  const count = m.groups.count?.toLowerCase();
  const days = count === undefined ? undefined : (DAYS_COUNT[count] ?? 0);
  const day = parseDay(first.date);
  if (days === undefined || !day || /^(?:as|amid|in)/i.test(m.groups.rel as string)) return null;
  const sign = /^(?:before|ahead)/i.test(m.groups.rel as string) ? -1 : 1;
  return { ...first, date: isoDay(new Date(day.getTime() + sign * days * DAY_MS)) };
}
