// "head of the Brunei-Muara Boat Owners Association Awang Haji Latif bin Haji Damit" (Bruneian and Malaysian
// English): a lowercase office, its body's full name and the holder's name run on with no comma. The title is the
// office and its body; the name is the words after the body's head noun.
import type { MentionParse } from "../speakers.ts";

/** A capitalised body that ends in its kind ("Tutong Boat Owners Association"). */
const BODY =
  "(?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|for|and)\\s+)?){0,6}(?:Association|Union|Federation|Council|Society|Foundation|Alliance|Coalition|Club|Chamber|Network|League|Co-?operative|Committee|Board|Authority|Agency|Institute|Trust)";
/** A lowercase office "of the" such a body. */
const OFFICE_OF =
  "(?:the\\s+)?(?:head|chairman|chairperson|chairwoman|president|vice[\\s-]president|secretary(?:-general)?|director|chief\\s+executive|leader|founder)\\s+of\\s+the\\s+";
/** Two or more capitalised name words, an honorific or a patronymic particle among them allowed. */
const NAME =
  "(?:(?:Dato|Datin|Awang|Dayang|Haji|Hajah|Pengiran|Dr|Mr|Mrs|Ms)\\s+)*\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:bin|binti|bte|bt|van|de|\\p{Lu}[\\p{L}’'-]+)){1,6}";
const OFFICE_OF_BODY_NAME = new RegExp(`^(${OFFICE_OF}${BODY})\\s+(${NAME})$`, "u");
/** Without the office (a subject walk may stop at "the"): only a name a Malay honorific or "bin" marks as one. */
const BODY_MALAY_NAME = new RegExp(
  `^(${BODY})\\s+((?=(?:Dato|Datin|Awang|Dayang|Haji|Hajah|Pengiran)\\s|[^]*\\s(?:bin|binti)\\s)${NAME})$`,
  "u",
);

/**
 * Malay styles before a given name with a patronymic: a legislator's or a title's style, "Awang", "Dayang" — and the
 * pilgrim's "Haji" after them ("Yang Berhormat Haji Roslan bin …" → "Roslan bin …"); a "Dr" alone, whose "Hajah"
 * stays ("Dr Hajah Rosnah binti …" → "Hajah Rosnah binti …").
 */
const STYLES =
  "(?:(?:(?:Yang\\s+Berhormat|Yang\\s+Mulia|Dato(?:\\s+Seri)?(?:\\s+Setia)?|Datin|Pehin|Awang|Dayang|Pengiran)\\s+)+(?:(?:Haji|Hajah)\\s+)?|Dr\\s+)";
const MALAY_STYLES = new RegExp(
  `^${STYLES}(?=(?:(?:Haji|Hajah)\\s+)?\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?\\s+(?:bin|binti)\\s)`,
  "u",
);
/**
 * A title, then a Malay name with its styles ("Minister of Home Affairs Yang Berhormat Dato Seri Setia Awang Haji
 * Rosmadi bin Haji Kassim", "Village Head of Kampong Tasek Awang Hamdan bin Haji Salleh"): the name is the given
 * name and patronymic ("Rosmadi bin Haji Kassim"), as the speaker is written without styles.
 */
const TITLE_THEN_MALAY_NAME = new RegExp(
  `^(\\S.*?)\\s+${STYLES}?((?:(?:Haji|Hajah)\\s+)?(?:\\p{Lu}[\\p{L}’'-]+\\s+){1,2}(?:bin|binti)\\s+(?:(?:Haji|Hajah)\\s+)?\\p{Lu}[\\p{L}’'-]+)$`,
  "u",
);

/** The office and body as the title, the words after them as the name; null when the mention is not so shaped. */
export function officeOfBodyNameParse(raw: string): MentionParse | null {
  const m = OFFICE_OF_BODY_NAME.exec(raw) ?? BODY_MALAY_NAME.exec(raw) ?? TITLE_THEN_MALAY_NAME.exec(raw);
  // ("Yang Berhormat Haji Roslan bin …": styles alone, no title before them — the name rules read it)
  if (
    !m ||
    /(?:^|\s)(?:Yang|Berhormat|Mulia|Dato|Seri|Setia|Datin|Pehin|Awang|Dayang|Pengiran|Dr)$/.test(
      m[1] as string,
    )
  )
    return null;
  const name = (m[2] as string).replace(MALAY_STYLES, "");
  return { name, title: m[1] as string, kind: "person", pronoun: false };
}
