/** The English auxiliaries and finite forms the rules read after a subject: one list, read by every rule. */

/** The English modal verbs. */
export const MODALS = new Set(["will", "would", "can", "could", "may", "might", "must", "should", "shall"]);
/** Tensed forms of "be", "have" and "do" that follow a subject ("the plan was", "Kenya had"). */
const TENSED = ["is", "are", "was", "were", "has", "have", "had", "does", "did"];
const FINITE_WORDS = [...TENSED, ...MODALS].join("|");

/** A finite auxiliary right after a subject. */
export const FINITE_AUX = new RegExp(`^(?:${FINITE_WORDS})$`);
/** A finite auxiliary or a regular past form right after a subject ("Kenya had", "Kenya agreed"). */
export const FINITE_AFTER = new RegExp(`^(?:${FINITE_WORDS}|[a-z]{2,}ed)$`);
/** Any finite verb or auxiliary, reporting verbs too: the words before "and" already make a clause of their own. */
export const FINITE = new RegExp(`^(?:${FINITE_WORDS}|am|be|been|do|wo|ca|said|says|told|tells)$`);
