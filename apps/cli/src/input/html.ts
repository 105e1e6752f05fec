import { Parser } from "htmlparser2";

// Elements whose content is never article text.
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "canvas",
  "head",
]);
// Elements that start a new line: paragraphs, headings, list items, table rows and similar blocks.
const BLOCKS = new Set([
  ...["p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address"],
  ...["h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "blockquote", "pre", "figure", "figcaption"],
  ...["ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption"],
  ...["br", "hr", "form", "fieldset", "details", "summary", "body", "html"],
]);

export interface HtmlText {
  title: string | null;
  /** One line per paragraph, heading or list item; whitespace inside a line collapsed. */
  text: string;
}

/** Text of an HTML document as a reader sees it: markup gone, scripts and styles dropped, entities decoded. */
export function htmlToText(html: string): HtmlText {
  const chunks: string[] = [];
  let dropDepth = 0;
  let inTitle = false;
  let inH1 = false;
  let title = "";
  let firstH1 = "";
  let h1Done = false;

  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "title") inTitle = true;
        else if (DROPPED.has(name)) dropDepth++;
        else if (name === "h1" && !h1Done) inH1 = true;
        if (BLOCKS.has(name)) chunks.push("\n");
        else if (name === "td" || name === "th") chunks.push(" ");
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        else if (DROPPED.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        else if (name === "h1" && inH1) {
          inH1 = false;
          h1Done = true;
        }
        if (BLOCKS.has(name)) chunks.push("\n");
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (dropDepth === 0) {
          chunks.push(text);
          if (inH1) firstH1 += text;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);

  const text = chunks
    .join("")
    .split("\n")
    .map(collapseSpaces)
    .filter((line) => line.length > 0)
    .join("\n");
  return { title: collapseSpaces(title) || collapseSpaces(firstH1) || null, text };
}

function collapseSpaces(line: string): string {
  // \s covers the no-break space too, which entities like &nbsp; decode to.
  return line.replace(/\s+/g, " ").trim();
}
