/**
 * The outlet's own reporting: "Sky News understands that …", "CBC News has learned …", "The Sun can reveal …".
 * The newsroom vouches for the words itself and names no source, so they are no claim, and neither is an
 * act or plan inside them ("ABC understands the Government will announce …").
 */

/** The cue of a newsroom's own finding: present "understands", perfect "has learned", "can reveal". */
const OWN_FINDING =
  /^(?:understands?|(?:has|have)[\s\u00A0]+(?:also[\s\u00A0]+)?(?:learned|learnt|established)|can[\s\u00A0]+(?:now[\s\u00A0]+)?reveal)$/i;
/** A news outlet by the words of its name, or a newsroom by what it is ("this newspaper", "the paper"). */
const OUTLET =
  /\b(?:News|Sport|Sports|Times|Post|Guardian|Telegraph|Herald|Gleaner|Variety|Tribune|Star|STAR|Sun|Bulletin|Courier|Informer|Examiner|Advertiser|Chronicle|Gazette|Journal|Mail|Mirror|Express|Independent|Observer|Standard|Insider|Reuters|Bloomberg|Politico|Axios|Athletic|Deadline|ESPN|ABC|BBC|CBC|CNN|NBC|CBS|ITV|RTÉ|RTE|Sky|PA|AP|AFP|Radio|TV|Television)\b|^(?:this|the)[\s\u00A0]+(?:newspaper|paper|website|site|publication|outlet|programme|program|magazine|broadcaster|station|network)$/;

/** Whether the cue and the words naming its speaker are a newsroom reporting what it found out itself. */
export function outletsOwnFinding(cue: string, mention: string, text: string): boolean {
  return OWN_FINDING.test(cue) && (OUTLET.test(mention) || toldInArticle(text, mention));
}

/**
 * "… told Lloyd’s List on Thursday" then "Lloyd’s List understands …": a name the article's sources speak to
 * is the outlet itself (trade papers' names have no newspaper word; names of two words or more).
 */
function toldInArticle(text: string, mention: string): boolean {
  // (one word is a person's surname as often: "told Holt …", "Holt understands that …")
  if (!/^\p{Lu}\S*[\s\u00A0]+\S/u.test(mention)) return false;
  const name = mention.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[’']/g, "[’']");
  return new RegExp(`\\btold[\\s\\u00A0]+(?:the[\\s\\u00A0]+)?${name}\\b`, "u").test(text);
}
