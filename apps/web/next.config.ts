import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Internal packages ship TypeScript source; Turbopack compiles them like app code.
  transpilePackages: ["@sayso/db", "@sayso/queue", "@sayso/extract"],
  // Native/driver packages stay as runtime requires instead of being bundled.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "bullmq", "ioredis"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
