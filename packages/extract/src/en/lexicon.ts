/** "The remarks came during a news conference Monday": dates the statements around it. */
export const EN_SCENE_SENTENCE =
  /^(?:The|His|Her|Their|Those|These)\s+(?:remarks|comments|statements?|announcement)\s+(?:came|were\s+made)\b/;
