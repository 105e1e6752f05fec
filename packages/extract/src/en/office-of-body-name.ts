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

/** The office and body as the title, the words after them as the name; null when the mention is not so shaped. */
export function officeOfBodyNameParse(raw: string): MentionParse | null {
  const m = OFFICE_OF_BODY_NAME.exec(raw) ?? BODY_MALAY_NAME.exec(raw);
  if (!m) return null;
  return { name: m[2] as string, title: m[1] as string, kind: "person", pronoun: false };
}
