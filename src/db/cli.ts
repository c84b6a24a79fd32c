// `npm run db:migrate` applies pending migrations to DATABASE_URL (SQLite's or PostgreSQL's, whichever it names).
// `npm run db:migration:new -- <name>` writes the migration that brings each provider's migrations folder
// up to prisma/schema.prisma, measured on scratch databases: a SQLite file, and a database in a throwaway
// PostgreSQL cluster (no Prisma engine binary needed; PostgreSQL's programs are).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadDatabaseUrl } from "../env-file.js";
import { applyMigrations, createMigration } from "./migrations.js";
import { claimDatabaseFile, DatabaseInUseError } from "./file-claim.js";
import { DatabaseUnreachableError, databaseProvider, describeDatabase } from "./provider.js";
import { startThrowawayPostgres } from "./throwaway-postgres.js";

async function newMigration(name: string): Promise<void> {
  const now = new Date();
  const scratch = await mkdtemp(path.join(os.tmpdir(), "cafe-migration-"));
  const postgres = await startThrowawayPostgres();
  try {
    for (const scratchUrl of [`file:${path.join(scratch, "scratch.db")}`, postgres.url]) {
      const folder = await createMigration(name, scratchUrl, now);
      const provider = databaseProvider(scratchUrl);
      console.log(
        folder
          ? `${provider}: wrote ${path.relative(process.cwd(), folder)}/migration.sql`
          : `${provider}: the schema matches the migrations, nothing to write.`,
      );
    }
  } finally {
    await postgres.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

async function run(command: string | undefined, args: string[]): Promise<number> {
  if (command === "migrate") {
    const databaseUrl = loadDatabaseUrl();
    const claim = claimDatabaseFile(databaseUrl);
    try {
      const applied = await applyMigrations(databaseUrl);
      console.log(`${describeDatabase(databaseUrl)}: ${applied.length === 0 ? "up to date." : `applied ${applied.join(", ")}`}`);
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
    await newMigration(name);
    return 0;
  }
  console.error("Usage: node dist/db/cli.js migrate | new-migration <name>");
  return 2;
}

process.exitCode = await run(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  if (!(error instanceof DatabaseInUseError) && !(error instanceof DatabaseUnreachableError)) throw error;
  console.error(error.message);
  return 1;
});
