import { TITLE_HEADS } from "./person-words.ts";

/** "Deputy Governor of the Bank …", "Director General of the Department …": an office opening the mention. */
const OFFICE_OF = /^((?:\p{Lu}[\p{L}-]*[\s\u00A0]+){1,3})(?:of|for)[\s\u00A0]+(?:the[\s\u00A0]+)?\p{Lu}/u;

/**
 * "Deputy Governor of the Bank of the Lao PDR, Mr Bounleua Sinxayvoravong": a capitalised office of a body with
 * no determiner before it (a Lao, Cambodian or Vietnamese paper's order), then the holder's name after the comma.
 */
export function officeOfBody(role: string): boolean {
  const m = OFFICE_OF.exec(role.trim());
  return (
    !!m &&
    (m[1] as string)
      .trim()
      .split(/[\s\u00A0]+/)
      .some((w) => TITLE_HEADS.has(w))
  );
}
