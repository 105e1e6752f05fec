/**
 * "No 10", "Number 10", "No. 10": British reporters name the prime minister's office by its house number
 * ("A No 10 spokesperson", "Number 10 said"); the office speaks as Downing Street, the name the same
 * story gives it elsewhere ("Downing Street has said").
 */
const NUMBER_TEN = /\b(?:No\.?|Number)\s+(?:10|Ten)\b(?!\s*(?:per|%|points?|seed|ranked|shirt))/g;

/** The mention with the house-number metonym for Downing Street spelled as its street. */
export function withSeatsNamed(mention: string): string {
  // (most mentions hold neither number: skip the regex)
  if (!mention.includes("10") && !mention.includes("Ten")) return mention;
  return mention.replace(NUMBER_TEN, "Downing Street");
}
