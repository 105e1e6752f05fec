// «مختار قرية …», «مختار محلة 507»: the village or quarter headman (Levant, Iraq) is a title before the place he
// heads; alone, «مختار» is as often a given name («مختار أحمد باعباد»), so only the place makes it one.
import { withoutHarakat } from "../text/chars.ts";

const HEADMAN = /^(?:ال)?مختار$/u;
const HEADED = /^(?:ال)?(?:قرية|محلة|حي|بلدة|ضيعة|منطقة|مخيم)$/u;

/** The first two words are «مختار» and the place noun he heads. */
export const villageHeadman = (first: string, second: string | undefined): boolean =>
  HEADMAN.test(withoutHarakat(first)) && !!second && HEADED.test(withoutHarakat(second));

/** «وأضاف المختار أن …»: the headman named before, by his title alone (a given name is never the whole mention). */
export const bareHeadman = (ws: readonly string[]): boolean =>
  ws.length === 1 && /^المختار$/u.test(withoutHarakat(ws[0] as string));
