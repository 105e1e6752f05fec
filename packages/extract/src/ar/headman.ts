// «مختار قرية …», «مختار محلة 507»: the village or quarter headman (Levant, Iraq) is a title before the place he
// heads; alone, «مختار» is as often a given name («مختار أحمد باعباد»), so only the place makes it one.
import { withoutHarakat } from "../text/chars.ts";

const HEADMAN = /^(?:ال)?مختار$/u;
const HEADED = /^(?:ال)?(?:قرية|محلة|حي|بلدة|ضيعة|منطقة|مخيم)$/u;

/** «أبو علي», «أم سامر»: a kunya, the way a headman is most often called after his title. */
const KUNYA = /^(?:أبو|ابو|أبي|ابي|أم|ام)$/u;

/** «بن», «ولد», «بنت»: the links of a Maghrebi or Mauritanian name («المختار ولد داداه», «المختار بن نصر»). */
const NAME_LINK = /^(?:بن|ابن|ولد|ول|بنت|منت)$/u;

/**
 * The first two words are «مختار» and the place noun he heads, or «المختار» and a kunya («المختار أبو علي»: a
 * given name «المختار» is not followed by a kunya), or «المختار» and a full name of two plain words («المختار سليم
 * داود»; the given name «المختار» is followed by one family name, «المختار الطريفي», or a link, «المختار ولد …»).
 */
export const villageHeadman = (first: string, second: string | undefined, third?: string): boolean => {
  const f = withoutHarakat(first);
  if (!HEADMAN.test(f) || !second) return false;
  const s = withoutHarakat(second);
  if (HEADED.test(s) || (f === "المختار" && KUNYA.test(s))) return true;
  if (f !== "المختار" || !third) return false;
  const t = withoutHarakat(third);
  return (
    !/^ال/u.test(s) && !NAME_LINK.test(s) && !NAME_LINK.test(t) && /^\p{L}+$/u.test(s) && /^\p{L}+$/u.test(t)
  );
};

/** «وأضاف المختار أن …»: the headman named before, by his title alone (a given name is never the whole mention). */
export const bareHeadman = (ws: readonly string[]): boolean =>
  ws.length === 1 && /^المختار$/u.test(withoutHarakat(ws[0] as string));

/**
 * «مختار بلدة عناتا», «مختار مخيم جنين», «مختار محلة 507»: the headman known by the place he heads, one word or a
 * number for its name, and no name of his own after it (a person's name takes two words).
 */
export const headmanOfPlaceOnly = (ws: readonly string[]): boolean =>
  ws.length === 3 &&
  /^مختار$/u.test(withoutHarakat(ws[0] as string)) &&
  villageHeadman(ws[0] as string, ws[1]);
