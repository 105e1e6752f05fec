// Court reporting's "denied" without a clause: a plea to an act named by its gerund ("Man denies stabbing
// flatmate", "denied murdering his wife") or a court refusing what was asked ("The court denied bail", "the
// magistrate denied the request"); neither reports words ("denied that he had …" does).

/** The gerunds of acts an accused answers to in court. */
const CHARGED_ACT =
  /^(?:stabbing|killing|murdering|attacking|assaulting|raping|robbing|stealing|defrauding|possessing|supplying|smuggling|importing|trafficking|burgling|harassing|stalking|strangling|shooting|kidnapping|abducting|threatening|wounding|injuring|causing|setting[\s\u00A0]+fire|conspiring|embezzling|laundering|bribing|forging|driving)\b/i;
/** What a court or official refuses: bail, an application, a request, leave, access. */
const REFUSED_THING =
  /^(?:(?:the|a|an|his|her|their|its)[\s\u00A0]+)?(?:[\p{L}-]+[’']s?[\s\u00A0]+)?(?:bail|(?:[\p{L}-]+[\s\u00A0]+)?(?:application|request|motion|appeal|petition|permission|leave|access|entry|visa|licen[cs]e|extension|adjournment)s?)\b/iu;

/** The bare object of "deny" is a charged act or a thing refused, not words. */
export function courtDenial(content: string): boolean {
  const c = content.charCodeAt(0);
  // (cheap first: both shapes open with a letter a–z or A–Z)
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  return CHARGED_ACT.test(content) || REFUSED_THING.test(content);
}

/**
 * Something refused, no words denied: "Ex-cashier denied bail", "The court denied him bail", "was denied entry
 * at the border", "denied leave to appeal". ("denied the allegations", "denied that …" stay: a reply.) Read after
 * `courtDenial` has let a claim through: a silent draft whose subject stays in focus.
 */
const REFUSED_GRANT =
  /^(?:(?:him|her|them|the\s+\w+)\s+)?(?:bail|entry|access|permission|parole|admission|leave\s+to|(?:a\s+)?(?:visas?|permit|licence|license|passport))\b/i;

export function deniedGrant(base: string, content: string): boolean {
  return base === "deny" && REFUSED_GRANT.test(content);
}
