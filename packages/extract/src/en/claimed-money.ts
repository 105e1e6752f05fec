/**
 * "passengers could claim a refund", "farmers can claim compensation": money or a benefit claimed as one's due, no
 * words reported (not "claimed the refunds were late").
 */
const MONEY_DUE =
  /^(?:(?:a|an|the|their|his|her|its|your|our|full|partial)[\s\u00A0]+){0,2}(?:refunds?|compensation|damages|benefits?|expenses|rebates?|allowances?|tax[\s\u00A0]+credits?|credits?|grants?|payments?|reimbursements?|money[\s\u00A0]+back|back)(?=$|[\s\u00A0,.;])(?![\s\u00A0]+(?:was|were|is|are|had|has|would|will)\b)/i;

export const claimedMoneyDue = (base: string, content: string): boolean =>
  base === "claim" && MONEY_DUE.test(content);
