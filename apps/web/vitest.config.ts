import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  // unit tests only; the browser tests in e2e/ run with `npm run test:e2e` (node:test)
  test: { include: ["test/**/*.test.ts"], testTimeout: 30_000, fileParallelism: false },
});
