// What the commands run on the server (npm run invite, npm run import:django) share about the service's
// database.
import { Prisma } from "../generated/prisma/client.js";
import { openDb, type Db } from "./client.js";

/**
 * Runs `work` on the service's database and returns its exit code. A database not set up yet (no tables)
 * is said in one sentence, exit 1; the connection is closed either way.
 */
export async function onServiceDatabase(databaseUrl: string, work: (db: Db) => Promise<number>): Promise<number> {
  const db = await openDb(databaseUrl);
  try {
    return await work(db);
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2021")) throw error;
    console.error("The database is not set up yet: start the service once (npm start) or run npm run db:migrate, then run this again.");
    return 1;
  } finally {
    await db.$disconnect();
  }
}
