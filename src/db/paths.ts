import { fileURLToPath } from "node:url";
import path from "node:path";

/** The project root: two levels up from src/db or dist/db. */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");
