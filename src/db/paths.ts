import path from "node:path";
import { projectRoot } from "../project-root.js";
import type { DatabaseProvider } from "./provider.js";

/**
 * The schema each provider's client and migrations come from: prisma/schema.prisma, the one source (its
 * provider SQLite), and the copy with PostgreSQL as its provider that `npm run prisma:generate` derives.
 */
export const schemaPaths: Record<DatabaseProvider, string> = {
  sqlite: path.join(projectRoot, "prisma", "schema.prisma"),
  postgresql: path.join(projectRoot, "prisma", "postgresql", "schema.prisma"),
};

/** Each provider's migrations, generated from the one schema (SQLite's folder predates PostgreSQL's). */
export const migrationsDirs: Record<DatabaseProvider, string> = {
  sqlite: path.join(projectRoot, "prisma", "migrations"),
  postgresql: path.join(projectRoot, "prisma", "postgresql", "migrations"),
};
