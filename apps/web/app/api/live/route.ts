import { claimsSince } from "@sayso/db/review";
import { jsonError } from "@/lib/api";
import { getDb } from "@/lib/db";
import { currentActor } from "@/lib/session";

export const dynamic = "force-dynamic";

const POLL_MS = 2000;
const SESSION_RECHECK_MS = 60_000;
/**
 * A claim's createdAt is set when its insert is built, but it becomes visible only when the
 * worker's transaction commits, possibly later than a poll that already looked past that time.
 * So each poll looks back this far and skips claims it has already sent.
 */
const LOOKBACK_MS = 15_000;
const BATCH = 500;

function parseSince(value: string | null): Date {
  const date = value ? new Date(value) : new Date();
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

/**
 * Server-sent events: `claims` events carry claim rows stored after `since` (polled every 2 s
 * on the server, so the browser holds one connection and the database sees one cheap query).
 */
export async function GET(request: Request) {
  if (!(await currentActor(request.headers))) return jsonError(401, "Sign in first.");
  const url = new URL(request.url);
  const since = parseSince(url.searchParams.get("since"));
  let floor = since.getTime() - LOOKBACK_MS;
  const sent = new Map<string, number>(); // claim id → createdAt (ms), pruned below the floor
  const articleId = url.searchParams.get("articleId") || undefined;
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let lastSessionCheck = Date.now();

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (chunk: string) => {
        if (!closed) controller.enqueue(encoder.encode(chunk));
      };
      const send = (event: string, data: unknown) =>
        write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const close = () => {
        if (closed) return;
        closed = true;
        clearTimeout(timer);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const tick = async () => {
        if (closed) return;
        try {
          if (Date.now() - lastSessionCheck > SESSION_RECHECK_MS) {
            lastSessionCheck = Date.now();
            if (!(await currentActor(request.headers))) {
              send("signed-out", {});
              return close();
            }
          }
          const rows = await claimsSince(getDb(), {
            since: new Date(floor),
            limit: BATCH,
            ...(articleId ? { articleId } : {}),
          });
          const fresh = rows.filter((row) => !sent.has(row.id));
          for (const row of fresh) sent.set(row.id, row.createdAt.getTime());
          const newest = rows.at(-1)?.createdAt.getTime();
          // a full batch: move on past it (no look-back), or a burst would be re-read forever
          if (newest !== undefined)
            floor = rows.length === BATCH ? newest : Math.max(floor, newest - LOOKBACK_MS);
          for (const [id, at] of sent) if (at < floor) sent.delete(id);
          if (fresh.length > 0) send("claims", fresh);
          else write(": keep-alive\n\n");
        } catch (error) {
          send("problem", { message: error instanceof Error ? error.message : String(error) });
        }
        if (!closed) timer = setTimeout(tick, POLL_MS);
      };
      request.signal.addEventListener("abort", close);
      write("retry: 5000\n\n");
      send("ready", { since: since.toISOString() });
      timer = setTimeout(tick, POLL_MS);
    },
    cancel() {
      closed = true;
      clearTimeout(timer);
    },
  });

  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
