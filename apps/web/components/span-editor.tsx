"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { adjustSpanAction } from "@/lib/actions/claims";
import type { ClaimSpans } from "@/lib/segments";
import { selectionRange, trimRange } from "@/lib/selection-offsets";
import { ArticleText } from "./article-text";

/** Select words in the article, then make them the claim's content span. */
export function SpanEditor({ claim, text, lang }: { claim: ClaimSpans; text: string; lang: string | null }) {
  const router = useRouter();
  const root = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  // bring the claim into view inside the scrollable text
  useEffect(() => {
    const box = root.current;
    const target = box?.querySelector<HTMLElement>(`[data-content~="${CSS.escape(claim.id)}"]`);
    if (box && target) box.scrollTop = Math.max(0, target.offsetTop - box.clientHeight / 3);
  }, [claim.id]);

  function applySelection() {
    const raw = root.current ? selectionRange(window.getSelection(), root.current) : null;
    if (!raw) {
      setMessage({ ok: false, text: "Select the claim's words in the article text first." });
      return;
    }
    const range = trimRange(text, raw);
    startTransition(async () => {
      const result = await adjustSpanAction(claim.id, range.start, range.end);
      setMessage(
        result.ok
          ? { ok: true, text: `${result.message ?? "Saved."} [${range.start}, ${range.end})` }
          : { ok: false, text: result.error },
      );
      if (result.ok) router.refresh();
    });
  }

  return (
    <section aria-labelledby="span-title">
      <h2 id="span-title">Where it says so</h2>
      <div className="article-scroll">
        <ArticleText text={text} lang={lang} claims={[claim]} currentId={claim.id} rootRef={root} />
      </div>
      <div className="row" style={{ marginBlockStart: "0.5rem" }}>
        <button
          type="button"
          className="btn"
          onClick={applySelection}
          disabled={pending}
          data-testid="use-selection"
        >
          Use selected text as claim content
        </button>
        <span className="small muted mono">
          content [{claim.content.start}, {claim.content.end})
        </span>
        {message && (
          <span className={message.ok ? "small muted" : "small error"} role={message.ok ? "status" : "alert"}>
            {message.text}
          </span>
        )}
      </div>
    </section>
  );
}
