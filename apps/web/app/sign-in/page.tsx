import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/paths";
import { currentActor } from "@/lib/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(next);
  if (await currentActor()) redirect(returnTo);
  return (
    <main className="sign-in panel">
      <h1>sayso</h1>
      <p className="muted">Sign in to review claims.</p>
      <SignInForm returnTo={returnTo} />
    </main>
  );
}
