// Court reporting's "denied" without a clause: a plea to an act named by its gerund ("Man denies stabbing
// flatmate", "denied murdering his wife") or something refused ("The court denied bail", "the magistrate denied
// the request", "was denied entry at the border"); neither reports words ("denied that he had …", "denied the
// allegations" do: a reply).

/** The gerunds of acts an accused answers to in court. */
const CHARGED_ACT =
  /^(?:stabbing|killing|murdering|attacking|assaulting|raping|robbing|stealing|defrauding|possessing|supplying|smuggling|importing|trafficking|burgling|harassing|stalking|strangling|shooting|kidnapping|abducting|threatening|wounding|injuring|causing|setting[\s\u00A0]+fire|conspiring|embezzling|laundering|bribing|forging|driving)\b/i;
/**
 * What a court or official refuses, maybe after the one refused: bail, parole, entry, a permit, an application, a
 * request, leave ("denied him bail", "denied the defendant parole", "the judge's request", "a bail application").
 */
const REFUSED_THING =
  /^(?:(?:him|her|them)[\s\u00A0]+)?(?:(?:the|a|an|his|her|their|its)[\s\u00A0]+)?(?:[\p{L}-]+(?:[’']s?)?[\s\u00A0]+)?(?:bail|parole|admission|entry|access|permission|leave|visas?|permit|licen[cs]es?|passport|(?:[\p{L}-]+[\s\u00A0]+)?(?:application|request|motion|appeal|petition|extension|adjournment)s?)\b/iu;

/**
 * The bare object of "deny" is a charged act or a thing refused, not words: a silent draft whose subject stays in
 * focus ("Ex-cashier denied bail. She will …").
 */
export function deniedWithoutWords(base: string, content: string, opensClause: boolean): boolean {
  if (base !== "deny" || opensClause) return false;
  const c = content.charCodeAt(0);
  // (cheap first: both shapes open with a letter a–z or A–Z)
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  return CHARGED_ACT.test(content) || REFUSED_THING.test(content);
}
