import { EN_WEEKDAY_ALTERNATION } from "../dates.ts";

/** "at the Bight Park ": where the paper met them. */
const PLACE = String.raw`(?:(?:at|in|outside|near)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){1,4})?`;

/**
 * "Cruise passengers interviewed by the Observer on Tuesday were divided.", "Shoppers questioned by the Gazette
 * yesterday were split.", "Residents who spoke to the Weekly News at the Bight Park on Wednesday were less divided.": people the paper spoke to on a day, no words of their own yet. The quotes that follow are
 * theirs, from that day: the sentence moves the running day forward (it dates nothing before it).
 */
export const INTERVIEWED_SCENE = new RegExp(
  `^(?:[A-Z][\\w’'-]*\\s+)?(?:[a-z][\\w’'-]*\\s+){0,2}(?:(?:interviewed|questioned|surveyed|polled|approached)\\s+by|who\\s+spoke\\s+to)\\s+(?:the\\s+)?(?:[A-Z][\\w’'.&-]*\\s+){1,4}${PLACE}(?:(?:late|early)\\s+)?(?:on\\s+)?(?:${EN_WEEKDAY_ALTERNATION}|yesterday)\\s+(?:were|was)\\b`,
);
