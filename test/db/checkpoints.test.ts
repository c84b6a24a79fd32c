// The service's connection leaves the write-ahead log's checkpoints to a worker thread (src/db/checkpoints.ts),
// which copies the log into the database file so that it starts over instead of growing.
import { statSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { checkpointInBackground, type Checkpoints } from "../../src/db/checkpoints.js";
import { openDb, type Db } from "../../src/db/client.js";
import { describeSqlite, migratedDatabaseUrl, tempDir } from "../support/temp.js";

const newDatabaseUrl = migratedDatabaseUrl();
const scratch = tempDir("cafe-checkpoints-");
const PAGE = 4096;

describeSqlite("the service's connection", () => {
  let db: Db;
  afterEach(() => db.$disconnect());

  it("commits without waiting for the disk (synchronous=NORMAL, in WAL mode) and runs no checkpoint of its own", async () => {
    db = await openDb(await newDatabaseUrl());
    const pragma = async (name: string) => ((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0] ?? {})[name];
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("synchronous")).toBe(1n);
    expect(await pragma("wal_autocheckpoint")).toBe(0n);
  });

  it("works on after its checkpoint worker has stopped with the connection", async () => {
    const url = await newDatabaseUrl();
    db = await openDb(url);
    await db.customer.create({ data: { firstName: "Amina", lastName: "Otieno" } });
    await db.$disconnect();
    db = await openDb(url);
    expect(await db.customer.count()).toBe(1);
  });
});

describeSqlite("checkpoints in a worker thread", () => {
  let checkpoints: Checkpoints | undefined;
  let writer: Database.Database | undefined;
  afterEach(async () => {
    await checkpoints?.stop();
    writer?.close();
  });

  /** A connection that writes as the service's does: WAL, no checkpoints of its own. */
  function openWriter(file: string): Database.Database {
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("wal_autocheckpoint = 0");
    db.exec("CREATE TABLE t (x BLOB)");
    return db;
  }
  const writeRound = (db: Database.Database) => db.prepare("INSERT INTO t VALUES (randomblob(?))").run(25 * PAGE);

  it("copy the log into the database file, so that the log starts over instead of growing", async () => {
    const file = scratch("passive.db");
    writer = openWriter(file);
    // Checkpoints when the test asks for them (the hour never comes).
    checkpoints = checkpointInBackground(file, (error) => expect.unreachable(error.message), { everyMs: 3_600_000, truncateAbovePages: 10_000 });
    for (let round = 0; round < 40; round++) {
      writeRound(writer);
      const { log, checkpointed } = await checkpoints.checkpointNow();
      expect(checkpointed).toBe(log);
    }
    // 40 rounds of 25 pages: about 1,000 pages had the log kept them all; it holds one round's.
    expect(statSync(`${file}-wal`).size).toBeLessThan(60 * PAGE);
    expect(writer.prepare("SELECT count(*) FROM t").pluck().get()).toBe(40);
  });

  it("empty the log once it is past the limit, so that writes that never pause cannot make it grow", async () => {
    const file = scratch("truncate.db");
    writer = openWriter(file);
    checkpoints = checkpointInBackground(file, (error) => expect.unreachable(error.message), { everyMs: 3_600_000, truncateAbovePages: 100 });
    const walSize = () => statSync(`${file}-wal`).size;

    for (let round = 0; round < 2; round++) writeRound(writer);
    await checkpoints.checkpointNow();
    expect(walSize()).toBeGreaterThan(50 * PAGE);

    for (let round = 0; round < 4; round++) writeRound(writer);
    expect((await checkpoints.checkpointNow()).log).toBeGreaterThan(100);
    expect(walSize()).toBe(0);
    expect(writer.prepare("SELECT count(*) FROM t").pluck().get()).toBe(6);
  });

  it("run a thread only while the log changes: none until a write, stopped once the log has stayed unchanged", async () => {
    const file = scratch("on-demand.db");
    writer = openWriter(file);
    // Turns when the test takes them (the hour never comes).
    checkpoints = checkpointInBackground(file, (error) => expect.unreachable(error.message), {
      everyMs: 3_600_000,
      truncateAbovePages: 10_000,
      idleTurnsBeforeStop: 2,
    });
    await checkpoints.turn();
    expect(checkpoints.running).toBe(false);

    writeRound(writer);
    await checkpoints.turn();
    expect(checkpoints.running).toBe(true);
    // That turn copied the whole log: the next write starts it over.
    writeRound(writer);
    expect(statSync(`${file}-wal`).size).toBeLessThan(30 * PAGE);

    await checkpoints.turn();
    expect(checkpoints.running).toBe(true);
    await checkpoints.turn();
    await checkpoints.turn();
    expect(checkpoints.running).toBe(false);

    writeRound(writer);
    await checkpoints.turn();
    expect(checkpoints.running).toBe(true);
    expect(writer.prepare("SELECT count(*) FROM t").pluck().get()).toBe(3);
  });

  it("report a worker that cannot go on", async () => {
    const failed = new Promise<Error>((resolve) => {
      checkpoints = checkpointInBackground(scratch("missing/folder/cafe.db"), resolve);
    });
    await expect(checkpoints!.checkpointNow()).rejects.toThrow();
    expect((await failed).message).toMatch(/unable to open|cannot open|directory does not exist/i);
    expect(checkpoints!.running).toBe(false);
  });
});
