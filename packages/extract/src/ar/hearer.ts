/** «لـ"النهار"», «للجزيرة نت», «لموقع "عربي21"», «لوكالة رويترز»: the outlet the speaker told, after the name. */
const TOLD_HEARER =
  /^[\s\u00A0]*ل(?:ـ[\s\u00A0]*["«“][^"»”.،,]{1,40}["»”]|\p{L}{2,}(?:[\s\u00A0]*["«“][^"»”.،,]{1,40}["»”]|[\s\u00A0]+(?:نت|رويترز|نيوز))?)(?=[\s\u00A0]*[،,.!؟?]|[\s\u00A0]*$)/u;

/** The words after a speaker's name without the outlet they were told to. */
export const withoutToldHearer = (after: string): string => after.replace(TOLD_HEARER, "");
