// «المدير العام لوكالة الطاقة الذرية»: a ل-body after a head office's adjective, not the outlet told.
import { withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";

/** «العام», «التنفيذي»: the adjective of a head office that still wants its body («المدير العام لـ…»). */
const HEAD_OFFICE_ADJECTIVES = /^ال(?:عام|عامة|تنفيذي|تنفيذية|إقليمي|إقليمية|اقليمي|اقليمية)$/u;

/**
 * «المدير العام لوكالة الطاقة الذرية», «المفوض العام لوكالة الأونروا»: after «العام/التنفيذي», «لوكالة …» is the
 * office's body, not the outlet the speaker told («وقال الوزير لوكالة رويترز إن …»).
 */
export const headOfficeGenitive = (toks: Token[], i: number): boolean => {
  const prev = toks[i - 1];
  return !!prev?.word && HEAD_OFFICE_ADJECTIVES.test(withoutHarakat(prev.text)) && !!toks[i + 1]?.word;
};
