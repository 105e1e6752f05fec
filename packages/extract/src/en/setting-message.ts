/**
 * "In a statement announcing the pick, the union called Varn …": a message named in the sentence's opening
 * phrase, with a participle after it, is where the main clause's speaker spoke — the participle has no
 * speaker of its own, and its words stop being read so that the main clause's verb is.
 */
const OPENING_PREPOSITION = /^(?:(?:And|But)[\s\u00A0]+)?(?:In|Through|Via)[\s\u00A0]+$/;
const MESSAGE_PHRASE =
  /^(?:a|an|the|his|her|its|their)[\s\u00A0]+(?:[a-z-]+[\s\u00A0]+){0,2}(?:statement|letter|message|memo|e-?mail|post|tweet|notice|release|video|speech|interview|op-ed|column|filing|report)$/;

export function messageOfOpeningPhrase(
  text: string,
  sentenceStart: number,
  subject: { start: number; end: number },
  participle: boolean,
): boolean {
  return (
    participle &&
    OPENING_PREPOSITION.test(text.slice(sentenceStart, subject.start)) &&
    MESSAGE_PHRASE.test(text.slice(subject.start, subject.end))
  );
}
