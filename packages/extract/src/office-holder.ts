import type { Entity, SpeakerBook } from "./speakers.ts";
import { OTHER_OFFICE, sameOffice } from "./title-words.ts";

/**
 * The one named person the article gives the office an unnamed speaker is known by ("says mayor" in a
 * headline → "Mayor Delphine Oduya" in the body), or null when none or several hold it; `among`, when given,
 * limits the holders to those people.
 */
export function officeHolderOf(book: SpeakerBook, e: Entity, among?: ReadonlySet<Entity>): Entity | null {
  if (e.nameWords.length || e.kind === "organisation" || !e.titles.length) return null;
  // ("Ferry boss": the office alone when no one holds it with the headline's modifier, keeping "former",
  // "deputy": "Former DNC chairman" is no chair in office)
  // (last, a headline's "Reservoir boss" over a lede's former chief executive: headlines drop "former",
  // when no one holds the office now)
  for (const pass of [0, 1, 2]) {
    const [headOnly, formerToo] = [pass > 0, pass === 2];
    let found: Entity | null = null;
    for (const title of e.titles) {
      // ("the U.N. envoy for Sudan" → "Envoy X": the head before its remit is the office)
      const head = headOnly ? REMIT.exec(title)?.[1] : undefined;
      const all = book.words(head ?? title);
      // (not "Finland's foreign minister": an owner named is no modifier to drop)
      if (headOnly && ((all.length < 2 && !head) || all.includes("s"))) continue;
      const tw = headOnly ? [...all.slice(0, -1).filter((w) => OTHER_OFFICE.has(w)), ...all.slice(-1)] : all;
      const variants = [tw, ...book.variants(tw)];
      for (const p of book.entities) {
        if (p === e || p.kind !== "person" || !p.nameWords.length || (among && !among.has(p))) continue;
        const same = (t: Set<string>, v: string[]): boolean =>
          sameOffice(t, v) || (formerToo && t.has("former") && sameOffice(t, [...v, "former"]));
        if (!p.titleWords.some((t) => variants.some((v) => same(t, v)))) continue;
        if (found && found !== p) return null;
        found = p;
      }
    }
    if (found) return found;
  }
  return null;
}

/** "envoy for Sudan", "ambassador to the United Nations": an office and its remit. */
export const REMIT = /^(.+?)[\s\u00A0]+(?:for|to)[\s\u00A0]/i;
