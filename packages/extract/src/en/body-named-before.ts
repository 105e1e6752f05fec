import type { Entity } from "../speaker-types.ts";
import { EN_TIME_NAME_ALTERNATION } from "./date-expressions.ts";

/** A hospital's name: capitalised words closed by a hospital word ("Harlow Valley Medical Center", "St Ann's Hospital"). */
const HOSPITAL_NAME =
  /(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:Hospital|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re)|Infirmary)\b/gu;
/** Capitalised words that open a sentence or a phrase before the name ("On Monday Harlow Valley Medical Center"). */
const NOT_OF_THE_NAME = new RegExp(
  `^(?:The|A|An|On|In|At|By|For|From|To|Of|Since|After|Before|${EN_TIME_NAME_ALTERNATION})\\s+`,
);
const nameOnly = (run: string): string => {
  let name = run.replace(/\s+/g, " ");
  for (let m = NOT_OF_THE_NAME.exec(name); m; m = NOT_OF_THE_NAME.exec(name)) name = name.slice(m[0].length);
  return name;
};
/** The bare description a placeholder body was met as. */
const BARE_HOSPITAL = /^(?:the\s+)?hospital$/i;

/**
 * "Harlow Valley Medical Center will close its pharmacy …. The pharmacy filled 40 prescriptions a week, according
 * to the hospital.": a body met only as "the hospital" is the one hospital the article named before it, though that
 * hospital never spoke (none named, or two: it stays as it was).
 */
export function nameHospitalsNamedBefore(
  text: string,
  cueStarts: number[],
  speakers: (Entity | null)[],
): void {
  for (let i = 0; i < speakers.length; i++) {
    const e = speakers[i];
    if (e?.kind !== "organisation" || e.generic !== "hospital" || !BARE_HOSPITAL.test(e.name ?? "")) continue;
    const names = new Set(
      [...text.slice(0, cueStarts[i]).matchAll(HOSPITAL_NAME)].map((m) => nameOnly(m[0])),
    );
    if (names.size !== 1) continue;
    const [name] = names as Set<string>;
    e.name = name as string;
    e.nameWords = (name as string).split(" ");
    e.generic = undefined;
  }
}
