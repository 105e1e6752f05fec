/**
 * Something refused, no words denied: "Ex-cashier denied bail", "The court denied him bail", "was denied entry
 * at the border", "denied leave to appeal". ("denied the allegations", "denied that …" stay: a reply.)
 */
const REFUSED_GRANT =
  /^(?:(?:him|her|them|the\s+\w+)\s+)?(?:bail|entry|access|permission|parole|admission|leave\s+to|(?:a\s+)?(?:visas?|permit|licence|license|passport))\b/i;

export function deniedGrant(base: string, content: string): boolean {
  return base === "deny" && REFUSED_GRANT.test(content);
}
