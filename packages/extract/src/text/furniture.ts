/**
 * Page furniture: what a readability tool or a CMS copy leaves between an article's paragraphs ("Read more: …",
 * «اقرأ أيضا:», "Advertisement", bylines, photo credits, corrections, a social post's signature line). It is
 * no one's statement and sits between paragraphs the rules read as neighbours, so the rules see it as blank:
 * `withoutFurniture` returns the text with those characters turned to spaces (line breaks and offsets kept).
 */

/** Lines that are furniture as a whole: "Advertisement", «شارك هذا المقال». */
const WHOLE_LINE = new RegExp(
  "^(?:" +
    [
      "advertisement|skip advertisement|story continues below(?: this)? advertisement|sponsored(?: content)?",
      "continue reading(?: the main story| below)?|scroll to continue(?: with content)?",
      "share(?: this| the)?(?: article| story| page| post)?|share full article|share (?:on|via) \\S+(?: \\S+)?",
      "copy link(?: to clipboard)?|print(?: this (?:article|page|story))?|email(?: this (?:article|story))?",
      "listen to (?:this )?(?:article|story)|(?:hide|show|toggle) caption|enlarge this image|open image in gallery",
      "view this post on (?:instagram|facebook|x|twitter)|a post shared by [^\\n]{1,60}",
      "image|photo|video|audio|gallery",
      "(?:(?:facebook|twitter|x|whatsapp|email|linkedin|reddit|telegram|messenger|pinterest|copy link|print)[\\s|·•,]*){2,}",
      "[إا]علان(?:ات)?|مساحة إعلانية|شارك(?: هذا| ال)?(?:ال)?(?:مقال|خبر|موضوع)?|مشاركة|[اإ]طبع|طباعة|(?:ا?نسخ) الرابط",
      "تابعونا على [^\\n]{1,60}|تابع (?:أحدث|آخر) الأخبار [^\\n]{1,80}|(?:ال)?[أا]كثر (?:قراءة|مشاهدة)",
      "(?:[أا]خبار|مواضيع|مقالات|قصص) ذات صلة|ذات صلة|فيديو|شاهد",
    ].join("|") +
    ")[\\s.:…]*$",
  "iu",
);

/** A link to another story, its title on the same line or on the next: "Read more: …", «اقرأ أيضا: …». */
const LINK_LABEL = new RegExp(
  "^(?:" +
    [
      "read(?: (?:more|also|next|this))?|also read|see also|more|more on this(?: story)?|further reading",
      "related(?: (?:articles?|stories|story|coverage|content|reading|links?|news|topics|video))?",
      "recommended(?: for you| reading)?|most (?:read|popular|viewed)|you (?:may|might) also like|don[’']?t miss",
      "watch|video|listen|in pictures",
      "[اإ]قر[أا](?:\\/ي)? (?:[أا]يض[\\u064B]?ا[\\u064B]?|كذلك|المزيد)|(?:طالع|شاهد|تابع) (?:[أا]يض[\\u064B]?ا[\\u064B]?|كذلك)",
      "للمزيد|(?:قد )?يهمك(?: [أا]يض[\\u064B]?ا[\\u064B]?)?|(?:[أا]خبار|مواضيع|مقالات|قصص) ذات صلة|ذات صلة",
    ].join("|") +
    ")[ \\u00A0]*(?:[:|»›>–—-]|\\.{2,}|…|$)",
  "iu",
);
/** (labels that stand for a link only with a separator after them: "Watch: …", not "Watch" alone) */
const BARE_LABEL_NEEDS_SEPARATOR = /^(?:read|more|watch|video|listen|للمزيد)$/iu;

/**
 * Bylines and wire credits: "By Jane Doe and Omar Reyes, Staff Writers", «كتب: محمد علي», "(Reporting by …)",
 * and a print edition's labelled byline and section: "WRITER: Jane Doe", "NEWSPAPER SECTION: BUSINESS".
 */
const BYLINE =
  /^(?:(?:Written |WRITTEN )?(?:By|BY)[ \u00A0]+\p{Lu}|(?:WRITERS?|Writers?|AUTHORS?|Authors?|(?:(?:NEWSPAPER|PRINT) )?SECTION|(?:(?:Newspaper|Print) )?Section)[ \u00A0]*:[ \u00A0]*\p{Lu}|\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by[ \u00A0]|(?:كتب|كتبت|بقلم|[إا]عداد|تحرير|ترجمة|متابعة|تصوير)[ \u00A0]*[:\-–—/])/u;

/** Corrections and editor's notes: "Correction: An earlier version …", «تصحيح: …», «ملاحظة المحرر: …». */
const EDITORS_NOTE =
  /^(?:(?:corrections?|clarifications?|editor[’']?s note|note to (?:our )?readers)\b[^:\n]{0,40}:|(?:an?|the) (?:earlier|previous|prior) version of this (?:article|story|report|post)\b|this (?:article|story|report|post) (?:has been|was) (?:updated|corrected|amended|changed)\b|(?:تصحيح|تنويه|استدراك|ملاحظة (?:من )?(?:المحرر|التحرير))[ \u00A0]*:|(?:ذكرت|[أا]وردت) نسخة سابقة من هذا)/iu;

/** A social post's signature line: "— Jane Doe (@janedoe) March 3, 2026". */
const POST_SIGNATURE = /^[—–-][ \u00A0]*[^\n()]{1,60}\(@\w{1,30}\)[ \u00A0]*[^\n]{0,40}$/u;

/** A photo credit in brackets closing a line: "(Photo: Reuters)", "(AP Photo/Jane Doe)", «(صورة: أرشيفية)». */
const CREDIT_IN_BRACKETS =
  /(?<=^|\s)(?:\((?:[^()\n]{0,40}\b)?(?:photo|photograph|picture|image|pic|file photo|illustration)s?\b[^()\n]{0,80}\)|\((?:ال)?(?:صور[ةه]|تصوير)(?:[ \u00A0]*(?:[:\-–—]|من|عن)[^()\n]{0,60}|[ \u00A0]+[^()\n]{1,60})\)|\((?:صورة )?[أا]رشيفية\))[\s\u200E\u200F]*$/iu;
/** A credit opening a line or following a caption's last sentence: "Photograph: Ian Cole/PA", «الصورة: رويترز». */
const CREDIT_LABEL =
  /(?<=^|[.!?؟”"’»)][ \u00A0]+)(?:(?:Photo(?:graph)?|PHOTO|Picture|Image|Credit|Photo credit|Illustration)s?[ \u00A0]*(?::|…|\.{2,3})[ \u00A0]*(?:[^.!?\n]|\.(?=\S)){1,80}|(?:ال)?صور[ةه][ \u00A0]*(?::|من[ \u00A0]*:?)[ \u00A0]*[^.!?؟\n]{1,60}|صورة [أا]رشيفية|(?:مصدر|حقوق) الصور[ةه][ \u00A0]*[،,:][ \u00A0]*[^.!?؟\n]{1,60}|تصوير[ \u00A0]*:[ \u00A0]*[^.!?؟\n]{1,60})[\s\u200E\u200F]*$/u;
/** A credit line alone: "Jane Doe/AP", "Ian Cole/PA Wire", "John Smith/Getty Images". */
const NAME_SLASH_AGENCY =
  /^\p{Lu}[\p{L}\p{M}.’'-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{M}.’'-]*){0,3}[ \u00A0]?\/[ \u00A0]?\p{Lu}[\p{L}\p{M}.&’'-]*(?:[ \u00A0](?:\p{Lu}[\p{L}\p{M}.&’'-]*|via|for|of|and)){0,5}$/u;

/** A rubric opening a headline or a post, with its separator. */
const KICKER =
  /^(?:عاجل|خاص|حصري|بالفيديو|فيديو|بالصور|تحديث|مباشر|تغطية مباشرة|BREAKING|Breaking|EXCLUSIVE|Exclusive|UPDATE(?: \d+)?|LIVE|WATCH|VIDEO)[ \u00A0]*(?:[|:–—]|-(?=\S)|[ \u00A0]-)[ \u00A0]*/u;

/** Longer lines are an article's own paragraphs, never furniture (credits closing a caption are checked apart). */
const SHORT_LINE = 160;
const LEAD_SPACE = /^[\s\u00A0\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]*/u;
const ENDS_SENTENCE = /[.!?؟…:"”»’)]$/u;

/** The text with its page furniture blanked out (the same string when there is none). */
export function withoutFurniture(text: string): string {
  const spans: [number, number][] = [];
  let linkTitleNext = false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const lead = (LEAD_SPACE.exec(text.slice(start, Math.min(end, start + 16))) as RegExpExecArray)[0].length;
    const from = start + lead;
    const line = text.slice(from, Math.min(end, from + SHORT_LINE + 1)).trimEnd();
    start = end + 1;
    if (!line) continue;
    const short = line.length <= SHORT_LINE;
    const lineEnd = from + line.length;
    // a link's title on the line after its label ("Related:" / «اقرأ أيضا» alone): a headline, no sentence
    if (linkTitleNext) {
      linkTitleNext = false;
      if (short && !ENDS_SENTENCE.test(line)) {
        spans.push([from, lineEnd]);
        continue;
      }
    }
    if (short && isFurnitureLine(line)) {
      spans.push([from, lineEnd]);
      linkTitleNext = labelAlone(line);
      continue;
    }
    if (short && EDITORS_NOTE.test(line)) {
      spans.push([from, lineEnd]);
      continue;
    }
    if (!short && EDITORS_NOTE.test(line)) {
      spans.push([from, end]);
      continue;
    }
    // «عاجل | وزير الخارجية: …», "BREAKING: …", "UPDATE 2-…": the kicker, not the headline after it
    const kicker = KICKER.exec(line);
    if (kicker && kicker[0].length < line.length) spans.push([from, from + kicker[0].length]);
    const credit = creditAtEnd(text, from, end);
    if (credit >= 0) spans.push([credit, end]);
  }
  if (!spans.length) return text;
  let out = "";
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + text.slice(s, e).replace(/[^\n]/g, " ");
    at = e;
  }
  return out + text.slice(at);
}

function isFurnitureLine(line: string): boolean {
  if (WHOLE_LINE.test(line) || POST_SIGNATURE.test(line) || NAME_SLASH_AGENCY.test(line)) return true;
  if (BYLINE.test(line)) return !ENDS_SENTENCE.test(line) && line.split(/\s+/).length <= 14;
  const m = LINK_LABEL.exec(line);
  if (!m) return false;
  return !(BARE_LABEL_NEEDS_SEPARATOR.test(m[0].trim()) && m[0].trim() === line);
}

/** "Related" / «اقرأ أيضا:» with nothing after it: the link's title is the next line. */
function labelAlone(line: string): boolean {
  const m = LINK_LABEL.exec(line);
  return !!m && !/[\p{L}\p{N}]/u.test(line.slice(m[0].length));
}

/** Where a photo credit closing the line [from, end) starts, or -1. */
function creditAtEnd(text: string, from: number, end: number): number {
  // (captions are short; a quick look for the words every credit has before the regexes)
  if (end - from > 600) return -1;
  const line = text.slice(from, end);
  if (!/photo|pictur|image|credit|illustration|صور|تصوير|[أا]رشيفية/iu.test(line)) return -1;
  const m = CREDIT_IN_BRACKETS.exec(line) ?? CREDIT_LABEL.exec(line);
  return m ? from + m.index : -1;
}
