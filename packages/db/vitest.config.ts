import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // real PostgreSQL: each file creates and drops its own database
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
