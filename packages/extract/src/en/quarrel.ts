/** Where or with whom, then nothing said: "had argued inside the bar", "argued with a neighbour over parking". */
const PLACE_OR_PARTNER =
  /^(?:with|inside|outside|in|at|near|behind|during|over|outside|on)[\s\u00A0](?![^“”"]*\bthat\b)[^“”"]*$/i;

/** "The two men had argued inside the bar": "argue" as quarrel, no case made (not "argued that …", "argued for …"). */
export const quarrelOnly = (base: string, content: string): boolean =>
  base === "argue" && PLACE_OR_PARTNER.test(content);
