// "officers found 87 queen conch in a cooler": what a search turned up, not a finding reported.

/** A count, a few words of what was counted, then where it lay ("12 kilograms of cocaine in …"). */
const COUNTED_THINGS =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:[a-z-]+\s+){0,4}?(?:in|on|under|inside|aboard|at|near|behind|hidden|stashed)\s/;

/**
 * "find" with an object that counts things and says where they lay reports no words: "Customs officers found
 * 40 kilograms of cannabis in a lorry" (while "the audit found 12 contracts had been signed …", with its verb,
 * is a finding).
 */
export function countedThingsFound(text: string, from: number): boolean {
  const c = text.charCodeAt(from);
  if (!((c >= 48 && c <= 57) || (c >= 100 && c <= 122))) return false;
  return COUNTED_THINGS.test(text.slice(from, from + 90));
}
