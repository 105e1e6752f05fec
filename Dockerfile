# One image for the CLI, the worker and the dashboard (they share the workspace).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/cli/package.json apps/cli/
COPY apps/web/package.json apps/web/
COPY apps/worker/package.json apps/worker/
COPY packages/db/package.json packages/db/
COPY packages/db/scripts packages/db/scripts
COPY packages/db/prisma packages/db/prisma
COPY packages/db/prisma.config.ts packages/db/
COPY packages/export/package.json packages/export/
COPY packages/extract/package.json packages/extract/
COPY packages/queue/package.json packages/queue/
RUN npm ci --no-fund --no-audit
COPY . .
RUN npm run build -w @sayso/web
ENV NODE_ENV=production
CMD ["node", "apps/cli/bin/sayso.mjs", "--help"]
