/**
 * A body's decision the writer reports, no one's words: "The council has agreed to extend the subsidy",
 * "Cabinet decided to waive the fees", "The committee on Wednesday rejected a motion to suspend the fee".
 * (A person's "agreed to pay …" stays a promise, and "rejected the claims" a reply.)
 */
const DECIDING_BODY =
  /(?:^|\s)(?:government|cabinet|council|board|committee|ministry|authority|commission|assembly|parliament|senate|panel|members|shareholders|councillors|lawmakers|legislators|MPs)$/i;
const TO_VERB = /^to[\s\u00A0]+\p{Ll}/u;
const FORMAL_ITEM =
  /^(?:a|an|the|its|their|this|that)[\s\u00A0]+(?:[\p{L}’'-]+[\s\u00A0]+){0,3}?(?:motion|bill|application|appeal|request|proposal|bid|petition|amendment|budget|nomination|resolution|tender|offer|plan|report|recommendation)s?\b/iu;

export function bodyDecision(base: string, subject: string, content: string): boolean {
  if (base !== "agree" && base !== "decide" && base !== "reject") return false;
  // (a court's or judge's ruling on a request stays, as the PolNeAR annotators keep it)
  if (!DECIDING_BODY.test(subject.replace(/’s?$|'s?$/, "").trim())) return false;
  return base === "reject" ? FORMAL_ITEM.test(content) : TO_VERB.test(content);
}
