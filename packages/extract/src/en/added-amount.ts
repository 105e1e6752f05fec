// "the surcharge, which added about $38 to a typical bill, …", "The company added 200 jobs": "add" with an amount
// for its object is a sum, not a remark added.

/** An amount at the object's start: "about $38", "nearly 10 percent", "200 jobs", "£4m", "a further $2 million". */
const AMOUNT_FIRST =
  /^(?:(?:about|around|roughly|nearly|almost|some|only|just|another|a[\s\u00A0]+further|more[\s\u00A0]+than|up[\s\u00A0]+to|over)[\s\u00A0]+)?[$£€¥]?\d/i;

/** The words after "add" (with no "that" and no clause) start with an amount. */
export function amountAdded(text: string, from: number): boolean {
  return AMOUNT_FIRST.test(text.slice(from, from + 40));
}
