import type { Ref } from "react";
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

/** The claim a click on this segment should select: its content's claim first, else cue, else mention. */
export function claimAt(segment: Segment): string | undefined {
  return segment.roles.content[0] ?? segment.roles.cue[0] ?? segment.roles.mention[0];
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
  return (
    <div
      className="article-text"
      dir={directionOf(lang)}
      lang={lang ?? undefined}
      ref={rootRef}
      data-testid="article-text"
    >
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} dir="auto" data-offset={paragraph.start} data-end={paragraph.end}>
          {paragraph.segments.map((segment) => {
            const claimId = claimAt(segment);
            const anchor = segment.roles.content.find((id) => firstSegmentOf.get(id) === segment.start);
            return (
              <span
                key={segment.start}
                id={anchor ? `claim-${anchor}` : undefined}
                data-offset={segment.start}
                className={segmentClass(segment, currentId)}
                data-content={segment.roles.content.join(" ") || undefined}
                data-cue={segment.roles.cue.join(" ") || undefined}
                data-mention={segment.roles.mention.join(" ") || undefined}
                onClick={claimId && onSegmentClick ? () => onSegmentClick(claimId) : undefined}
              >
                {segment.text}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}

export function Legend() {
  return (
    <div className="legend" aria-label="Highlight legend">
      <span className="hl-mention">Speaker mention</span>
      <span className="hl-cue">Cue (said, announced…)</span>
      <span className="hl-content">Claim content</span>
      <span className="hl-content hl-current">Selected claim</span>
    </div>
  );
}
