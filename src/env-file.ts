// The .env file at the project root: read by the service's config and by the database tools (which
// need DATABASE_URL alone). Values already in the environment win over the file.
import { config as loadDotenv } from "dotenv";
import path from "node:path";
import { projectRoot } from "./project-root.js";

/** A SQLite file under the project's data/ folder, created on first start. */
export const DEFAULT_DATABASE_URL = `file:${path.join(projectRoot, "data", "cafe.db")}`;

/** Adds ./.env to process.env. ENV_FILE names another file (tests use /dev/null). */
export function loadDotenvFile(): void {
  loadDotenv({ path: process.env.ENV_FILE || path.join(projectRoot, ".env"), quiet: true });
}

/** The database setting alone, for tools that only touch the database (migrations). */
export function loadDatabaseUrl(): string {
  loadDotenvFile();
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}
