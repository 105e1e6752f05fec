/** Only same-site paths may be used as a post-sign-in destination (no open redirects). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/queue";
  if (value.startsWith("/sign-in") || value.startsWith("/api/")) return "/queue";
  return value;
}
