import type { MouseEvent, Ref } from "react";
import { type ClaimSpans, directionOf, type Segment, segmentArticle } from "@/lib/segments";

function segmentClass(segment: Segment, currentId: string | null): string | undefined {
  const { roles } = segment;
  const classes: string[] = [];
  if (roles.content.length) classes.push("hl-content");
  if (roles.mention.length) classes.push("hl-mention");
  if (roles.cue.length) classes.push("hl-cue");
  if (
    currentId &&
    (roles.content.includes(currentId) || roles.cue.includes(currentId) || roles.mention.includes(currentId))
  ) {
    classes.push("hl-current");
  }
  return classes.length ? classes.join(" ") : undefined;
}

/**
 * The article as text (React escapes it; never HTML). Article-level `dir` follows the language,
 * each paragraph gets `dir="auto"`, and every segment carries its UTF-16 start offset in
 * `data-offset` so a DOM selection maps back to exact article offsets.
 */
export function ArticleText({
  text,
  lang,
  claims,
  currentId,
  onSegmentClick,
  rootRef,
}: {
  text: string;
  lang: string | null;
  claims: readonly ClaimSpans[];
  currentId: string | null;
  onSegmentClick?: (claimId: string) => void;
  rootRef?: Ref<HTMLDivElement>;
}) {
  const paragraphs = segmentArticle(text, claims);
  const firstSegmentOf = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const segment of paragraph.segments) {
      for (const id of segment.roles.content)
        if (!firstSegmentOf.has(id)) firstSegmentOf.set(id, segment.start);
    }
  }
  // One delegated handler: a click on a highlight selects its claim (a drag that selects text does not).
  // The claim list beside the text offers the same selection by keyboard.
  const onClick = onSegmentClick
    ? (event: MouseEvent<HTMLDivElement>) => {
        if (!window.getSelection()?.isCollapsed) return;
        const segment = (event.target as Element).closest("[data-offset]");
        const id =
          segment?.getAttribute("data-content")?.split(" ")[0] ??
          segment?.getAttribute("data-cue")?.split(" ")[0] ??
          segment?.getAttribute("data-mention")?.split(" ")[0];
        if (id) onSegmentClick(id);
      }
    : undefined;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: mouse shortcut only, see above
    // biome-ignore lint/a11y/useKeyWithClickEvents: the claim list and j/k select claims by keyboard
    <div
      className="article-text"
      dir={directionOf(lang)}
      lang={lang ?? undefined}
      ref={rootRef}
      data-testid="article-text"
      onClick={onClick}
    >
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} dir="auto" data-offset={paragraph.start} data-end={paragraph.end}>
          {paragraph.segments.map((segment) => {
            const highlighted =
              segment.roles.content.length + segment.roles.cue.length + segment.roles.mention.length > 0;
            // highlighted text is a <mark>, plain text a <span>; both carry their UTF-16 start offset
            const Tag = highlighted ? "mark" : "span";
            const anchor = segment.roles.content.find((id) => firstSegmentOf.get(id) === segment.start);
            return (
              <Tag
                key={segment.start}
                id={anchor ? `claim-${anchor}` : undefined}
                data-offset={segment.start}
                className={segmentClass(segment, currentId)}
                data-content={segment.roles.content.join(" ") || undefined}
                data-cue={segment.roles.cue.join(" ") || undefined}
                data-mention={segment.roles.mention.join(" ") || undefined}
              >
                {segment.text}
              </Tag>
            );
          })}
        </p>
      ))}
    </div>
  );
}

export function Legend() {
  return (
    <p className="legend">
      <span className="visually-hidden">Legend:</span>
      <mark className="hl-mention">Speaker mention</mark>
      <mark className="hl-cue">Cue (said, announced…)</mark>
      <mark className="hl-content">Claim content</mark>
      <mark className="hl-content hl-current">Selected claim</mark>
    </p>
  );
}
