import { EN_WEEKDAY_ALTERNATION } from "../dates.ts";

/**
 * "Cruise passengers interviewed by the Observer on Tuesday were divided.", "Shoppers questioned by the Gazette
 * yesterday were split.": people the paper spoke to on a day, no words of their own yet. The quotes that follow are
 * theirs, from that day: the sentence moves the running day forward (it dates nothing before it).
 */
export const INTERVIEWED_SCENE = new RegExp(
  `^(?:[A-Z][\\w’'-]*\\s+)?(?:[a-z][\\w’'-]*\\s+){0,2}(?:interviewed|questioned|surveyed|polled|approached)\\s+by\\s+(?:the\\s+)?(?:[A-Z][\\w’'.&-]*\\s+){1,4}(?:(?:late|early)\\s+)?(?:on\\s+)?(?:${EN_WEEKDAY_ALTERNATION}|yesterday)\\s+(?:were|was)\\b`,
);
