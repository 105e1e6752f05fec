import { searchSpeakers } from "@sayso/db/review";
import { handleRead } from "@/lib/api";
import { getDb } from "@/lib/db";

/** Speaker picker: ?q=name (Arabic-normalized on the data side). */
export async function GET(request: Request) {
  return handleRead(request, async () => {
    const q = new URL(request.url).searchParams.get("q")?.slice(0, 200) ?? "";
    return searchSpeakers(getDb(), q);
  });
}
