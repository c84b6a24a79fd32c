// `npm run import:django -- <db.sqlite3 | postgresql://…> [--dry-run]` moves a café from the old Django
// app: its customers, sessions and payments into DATABASE_URL (src/django-import/). The old database is
// only read. Run it again at any time: what was imported is skipped, what was not is finished.
import { loadConfigOrSay } from "./config/index.js";
import { checkDatabaseReachable } from "./db/client.js";
import { onServiceDatabase } from "./db/command.js";
import { DatabaseUnreachableError } from "./db/provider.js";
import { importDjango } from "./django-import/importer.js";
import { OldDatabaseError, readOldDatabase } from "./django-import/old-database.js";
import { formatReport } from "./django-import/report.js";

const USAGE = "Usage: npm run import:django -- <path to db.sqlite3 | postgresql://…> [--dry-run]";

async function run(args: string[]): Promise<number> {
  const dryRun = args.includes("--dry-run");
  const sources = args.filter((arg) => arg !== "--dry-run");
  const [source] = sources;
  if (sources.length !== 1 || source === undefined || source.startsWith("-")) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfigOrSay();
  if (config === null) return 1;
  let old;
  try {
    old = await readOldDatabase(source);
    await checkDatabaseReachable(config.service.databaseUrl);
  } catch (error) {
    if (!(error instanceof OldDatabaseError || error instanceof DatabaseUnreachableError)) throw error;
    console.error(error.message);
    return 1;
  }
  return onServiceDatabase(config.service.databaseUrl, async (db) => {
    const report = await importDjango(db, old, {
      config,
      now: () => new Date(),
      dryRun,
      onProgress: (table, done, total) => console.error(`${table}: ${done}/${total} written`),
    });
    console.log(formatReport(report).join("\n"));
    return report.balances.agrees && report.after.every((total) => total.agrees) ? 0 : 1;
  });
}

process.exitCode = await run(process.argv.slice(2));
