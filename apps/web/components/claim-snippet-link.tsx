import type { ClaimRow } from "@sayso/db/review";
import Link from "next/link";
import type { ReactNode } from "react";
import { directionOf } from "@/lib/segments";

/** A claim's content as a link to its page, in the direction and language of its article. */
export function ClaimSnippetLink({
  claim,
  children,
}: {
  claim: Pick<ClaimRow, "id" | "contentText" | "article">;
  children?: ReactNode;
}) {
  return (
    <Link
      prefetch={false}
      href={`/claims/${claim.id}`}
      className="snippet"
      dir={directionOf(claim.article.lang)}
      lang={claim.article.lang ?? undefined}
    >
      {children ?? claim.contentText}
    </Link>
  );
}
