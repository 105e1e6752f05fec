import type { Entity } from "./speaker-types.ts";

/** «الأخير», «الأخيرة» (also without the hamza): Arabic "the latter". */
export const AR_LATTER = /^ال[أا]خير(?:ة)?$/u;

/**
 * "Mark Benson and Laura Hale clashed …. The former said …, while the latter said …": the last two people the
 * text named, in the order it first named them (met again, one keeps its place: "Benson and Hale …. Benson
 * said …. The latter said"; "the former" or "the latter" resolved adds no one).
 */
export class LastPair {
  private pair: Entity[] = [];

  /** A person the text names (in text order). */
  note(e: Entity): void {
    if (e.kind !== "person" || !e.name || this.pair.includes(e)) return;
    this.pair = [...this.pair, e].slice(-2);
  }

  /**
   * The person "the former" or "the latter" (a mention's title `title`) points to, else null; in Arabic
   * «الأخير» («التقى X نظيره Y …. وقال الأخير …»: Y).
   */
  pick(title: string): Entity | null {
    const word = title.toLowerCase();
    // («وقال المتحدث …، X، إن …. وأشار الأخير إلى …»: with one person named so far, Arabic «الأخير» is that one)
    if (this.pair.length === 1 && AR_LATTER.test(word)) return this.pair[0] as Entity;
    if (this.pair.length < 2) return null;
    if (word === "latter" || AR_LATTER.test(word)) return this.pair[1] as Entity;
    return word === "former" ? (this.pair[0] as Entity) : null;
  }
}
