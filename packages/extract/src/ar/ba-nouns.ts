// Short verbal nouns that a request or a promise takes after «ب» («طالب بحل …», «وعد بدعم …»).

/**
 * «حل», «دعم», «وقف»: verbal nouns of the bare verb, too short for the shape of a derived one («بتشديد»,
 * «بإعادة»); after «ب» they open the verb's object and are never a word of a name.
 */
export const SHORT_VERBAL_NOUNS = [
  "حل",
  "دعم",
  "زيادة",
  "رفع",
  "خفض",
  "فتح",
  "بناء",
  "منح",
  "صرف",
  "وضع",
  "حماية",
  "وقف",
  "منع",
  "سحب",
  "نقل",
  "حظر",
  "فرض",
  "ضم",
];

/** «بحل», «بدعم»: ب and one of the short verbal nouns, the whole word. */
export const BA_SHORT_VERBAL_NOUN = new RegExp(`^ب(?:${SHORT_VERBAL_NOUNS.join("|")})$`, "u");
