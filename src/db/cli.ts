// `npm run db:migrate` applies pending migrations to DATABASE_URL.
// `npm run db:migration:new -- <name>` writes the migration that brings the migrations folder up to
// prisma/schema.prisma, measured on a scratch SQLite database (no Prisma engine binary needed).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadDatabaseUrl } from "../env-file.js";
import { applyMigrations, createMigration } from "./migrations.js";
import { claimDatabaseFile, DatabaseInUseError } from "./file-claim.js";

async function run(command: string | undefined, args: string[]): Promise<number> {
  if (command === "migrate") {
    const databaseUrl = loadDatabaseUrl();
    const claim = claimDatabaseFile(databaseUrl);
    try {
      const applied = await applyMigrations(databaseUrl);
      console.log(applied.length === 0 ? "The database is up to date." : `Applied: ${applied.join(", ")}`);
      return 0;
    } finally {
      claim.release();
    }
  }
  if (command === "new-migration") {
    const name = args.join("_");
    if (!name) {
      console.error("Name the migration: npm run db:migration:new -- add_invites");
      return 2;
    }
    const scratch = await mkdtemp(path.join(os.tmpdir(), "cafe-migration-"));
    try {
      const folder = await createMigration(name, `file:${path.join(scratch, "scratch.db")}`);
      console.log(folder ? `Wrote ${path.relative(process.cwd(), folder)}/migration.sql` : "The schema matches the migrations: nothing to write.");
      return 0;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
  console.error("Usage: node dist/db/cli.js migrate | new-migration <name>");
  return 2;
}

process.exitCode = await run(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  if (!(error instanceof DatabaseInUseError)) throw error;
  console.error(error.message);
  return 1;
});
