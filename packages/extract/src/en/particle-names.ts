/** Family names opened by a lowercase particle, met in a run of capitalised words outside any claim. */
import { capitalRunAfter } from "../text/capitals.ts";
import { particleName } from "./name-shape.ts";
import { NAME_PARTICLES } from "./person-words.ts";

/** A lowercase particle and the family name it opens: " al-Rashidi", " van der Walt", " dela Cruz". */
const PARTICLE_TAIL = /^[^\S\n]+(?:(?:[a-z]{1,4}-|[a-z]+[^\S\n]+(?:[a-z]+[^\S\n]+)?)\p{Lu}[\p{L}\p{M}’'-]*)/u;

/** The end of a capitalised run at `end` carried on through a family name opened by a particle (up to `to`). */
export function throughParticles(text: string, end: number, to: number): number {
  // (most runs are followed by a lowercase word that is no particle: one character test first)
  const c = text.charCodeAt(end + 1);
  if (!(c >= 97 && c <= 122)) return end;
  const m = PARTICLE_TAIL.exec(text.slice(end, to));
  if (!m) return end;
  const words = m[0].trim().split(/[^\S\n]+/);
  const particles = words.slice(0, -1);
  const last = words.at(-1) as string;
  const ok = particles.length
    ? particles.every((w) => NAME_PARTICLES.has(w))
    : particleName(last) || /^(?:al|el|ul|ur|ud|ad|as|ash|az|bin|ibn|abu)-/.test(last);
  return ok ? capitalRunAfter(text, end + m[0].length, to) : end;
}
