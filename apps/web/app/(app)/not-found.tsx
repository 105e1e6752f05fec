import Link from "next/link";

export default function NotFound() {
  return (
    <main className="panel">
      <h1>Not found</h1>
      <p>There is no such claim, article or speaker (it may have been merged or re-extracted).</p>
      <Link prefetch={false} href="/queue">
        Back to the queue
      </Link>
    </main>
  );
}
