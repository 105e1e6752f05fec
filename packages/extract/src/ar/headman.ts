// «مختار قرية …», «مختار محلة 507»: the village or quarter headman (Levant, Iraq) is a title before the place he
// heads; alone, «مختار» is as often a given name («مختار أحمد باعباد»), so only the place makes it one.
import { withoutHarakat } from "../text/chars.ts";

const HEADMAN = /^(?:ال)?مختار$/u;
const HEADED = /^(?:ال)?(?:قرية|محلة|حي|بلدة|ضيعة|منطقة|مخيم)$/u;

/** «أبو علي», «أم سامر»: a kunya, the way a headman is most often called after his title. */
const KUNYA = /^(?:أبو|ابو|أبي|ابي|أم|ام)$/u;

/**
 * The first two words are «مختار» and the place noun he heads, or «المختار» and a kunya («المختار أبو علي»: a
 * given name «المختار» is not followed by a kunya).
 */
export const villageHeadman = (first: string, second: string | undefined): boolean => {
  const f = withoutHarakat(first);
  if (!HEADMAN.test(f) || !second) return false;
  const s = withoutHarakat(second);
  return HEADED.test(s) || (f === "المختار" && KUNYA.test(s));
};

/** «وأضاف المختار أن …»: the headman named before, by his title alone (a given name is never the whole mention). */
export const bareHeadman = (ws: readonly string[]): boolean =>
  ws.length === 1 && /^المختار$/u.test(withoutHarakat(ws[0] as string));
