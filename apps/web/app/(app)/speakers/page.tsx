import { listSpeakers } from "@sayso/db/review";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePageActor } from "@/lib/session";

export const metadata: Metadata = { title: "Speakers" };

export default async function SpeakersPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; cursor?: string }>;
}) {
  const { q, cursor } = await searchParams;
  await requirePageActor("/speakers");
  const page = await listSpeakers(getDb(), { q: q?.slice(0, 200), cursor: cursor ?? null, limit: 100 });
  const next = new URLSearchParams({
    ...(q ? { q } : {}),
    ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
  });
  return (
    <main>
      <h1>Speakers</h1>
      <form className="filters" method="get">
        <label>
          Name, alias or title
          <input id="search-input" type="search" name="q" defaultValue={q ?? ""} dir="auto" />
        </label>
        <button className="btn primary" type="submit">
          Find
        </button>
      </form>
      <table className="claims">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Also known as</th>
            <th scope="col">Claims</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((speaker) => (
            <tr key={speaker.id}>
              <td>
                <Link prefetch={false} href={`/speakers/${speaker.id}`}>
                  <bdi>{speaker.name}</bdi>
                </Link>
              </td>
              <td className="small">{speaker.kind}</td>
              <td className="small">
                {[...speaker.aliases, ...speaker.titles].map((alias) => (
                  <span key={alias} className="chip">
                    <bdi>{alias}</bdi>
                  </span>
                ))}
              </td>
              <td className="mono">{speaker.claimCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.items.length === 0 && <p className="muted">No speakers found.</p>}
      <nav className="pager">
        {cursor && (
          <Link prefetch={false} href={q ? `/speakers?q=${encodeURIComponent(q)}` : "/speakers"}>
            « First page
          </Link>
        )}
        {page.nextCursor && (
          <Link prefetch={false} href={`/speakers?${next}`}>
            Next page »
          </Link>
        )}
      </nav>
    </main>
  );
}
