"use client";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="panel" role="alert">
      <h1>Something went wrong</h1>
      <p className="muted">
        The page could not be loaded{error.digest ? ` (reference ${error.digest})` : ""}. If the database is
        being migrated or restarted, try again in a moment.
      </p>
      <button type="button" className="btn primary" onClick={reset}>
        Try again
      </button>
    </main>
  );
}
