"use client";
import { useEffect, useState } from "react";

/** Posts to Better Auth's own endpoint, so its rate limiter and cookie handling apply. */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // until React has hydrated, a click would submit natively; keep the button off until then
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
      if (response.ok) {
        window.location.assign(returnTo);
        return;
      }
      if (response.status === 429) {
        const wait = response.headers.get("x-retry-after");
        setError(`Too many attempts. Try again in ${wait ?? "a few"} seconds.`);
      } else {
        setError("Wrong email or password.");
      }
    } catch {
      setError("The server could not be reached.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} aria-describedby={error ? "sign-in-error" : undefined}>
      <label>
        Email
        <input type="email" name="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input type="password" name="password" autoComplete="current-password" required />
      </label>
      <button className="btn primary" type="submit" disabled={busy || !ready}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
      {error && (
        <p id="sign-in-error" className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
