import { fileURLToPath } from "node:url";

/** packages/db/prisma — the schema and the committed migrations. */
export const PRISMA_DIR = fileURLToPath(new URL("../../prisma/", import.meta.url));
export const SCHEMA_PATH = `${PRISMA_DIR}schema.prisma`;
export const MIGRATIONS_DIR = `${PRISMA_DIR}migrations`;
