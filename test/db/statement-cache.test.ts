// The connection prepares each SQL text once and runs it again and again (src/db/statement-cache.ts), and
// the pinned Prisma adapter still uses its client the one way the cache serves.
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { afterEach, expect, it, vi } from "vitest";
import { openDb, type Db } from "../../src/db/client.js";
import { cacheStatements } from "../../src/db/statement-cache.js";
import { describeSqlite, migratedDatabaseUrl } from "../support/temp.js";

const newDatabaseUrl = migratedDatabaseUrl();
const query = (sql: string, args: unknown[] = []) => ({ sql, args, argTypes: args.map(() => ({ scalarType: "int" as const, arity: "scalar" as const })) });

describeSqlite("the service's connection", () => {
  let db: Db;
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.$disconnect();
  });

  it("prepares a query's SQL once, however often it runs, with each run's own arguments", async () => {
    db = await openDb(await newDatabaseUrl());
    await db.customer.createMany({
      data: [
        { firstName: "Amina", lastName: "Otieno" },
        { firstName: "Baraka", lastName: "Mwangi" },
      ],
    });
    const prepare = vi.spyOn(Database.prototype, "prepare");

    const names: string[] = [];
    for (const id of [1, 2, 1, 2]) names.push((await db.customer.findUniqueOrThrow({ where: { id } })).firstName);
    await db.$transaction(async (tx) => tx.customer.update({ where: { id: 1 }, data: { lastName: "Wanjiku" } }));
    await db.$transaction(async (tx) => tx.customer.update({ where: { id: 2 }, data: { lastName: "Kamau" } }));

    expect(names).toEqual(["Amina", "Baraka", "Amina", "Baraka"]);
    expect((await db.customer.findMany({ orderBy: { id: "asc" } })).map((c) => c.lastName)).toEqual(["Wanjiku", "Kamau"]);
    // Eleven statements ran: the select four times, and BEGIN IMMEDIATE, the update and COMMIT twice;
    // then the final select. Each SQL text was prepared once.
    const prepared = prepare.mock.calls.map(([sql]) => sql);
    expect(prepared).toHaveLength(5);
    expect(new Set(prepared).size).toBe(5);
  });

  it("reports a failing statement as before, and runs it again once the cause is gone", async () => {
    db = await openDb(await newDatabaseUrl());
    await db.staff.create({ data: { telegramId: 5001n, name: "Otieno", role: "OPERATOR" } });
    const again = () => db.staff.create({ data: { telegramId: 5001n, name: "Otieno", role: "OPERATOR" } });
    await expect(again()).rejects.toMatchObject({ code: "P2002" });
    await db.staff.deleteMany();
    await expect(again()).resolves.toMatchObject({ telegramId: 5001n });
  });
});

describeSqlite("the statement cache", () => {
  it("keeps at most its size, dropping the least recently used", async () => {
    const connection = await new PrismaBetterSqlite3({ url: ":memory:" }).connect();
    const sqlite = cacheStatements(connection, 2);
    const prepare = vi.spyOn(sqlite, "prepare");
    try {
      for (const sql of ["SELECT 1", "SELECT 2", "SELECT 1", "SELECT 3", "SELECT 1", "SELECT 2"]) await connection.queryRaw(query(sql));
      expect(prepare.mock.calls.map(([sql]) => sql)).toEqual(["SELECT 1", "SELECT 2", "SELECT 3", "SELECT 2"]);
    } finally {
      await connection.dispose();
    }
  });
});

describeSqlite("@prisma/adapter-better-sqlite3, as pinned", () => {
  /** A stand-in for the adapter's better-sqlite3 client that writes down what the adapter does with it. */
  function recordingClient(calls: string[]) {
    const statement = {
      get reader() {
        calls.push("reader");
        return true;
      },
      run: () => (calls.push("run"), { changes: 1, lastInsertRowid: 0 }),
      columns: () => (calls.push("columns"), [{ name: "n", type: "INTEGER" }]),
      raw: () => (calls.push("raw"), { all: () => (calls.push("all"), [[1n]]) }),
    };
    return {
      prepare: (sql: string) => (calls.push(`prepare ${sql}`), { bind: (args: unknown[]) => (calls.push(`bind ${JSON.stringify(args)}`), statement) }),
    };
  }

  it("keeps its better-sqlite3 database as `client`, and runs statements as prepare(sql).bind(args) then run, or reader, columns and raw().all", async () => {
    const connection = (await new PrismaBetterSqlite3({ url: ":memory:" }).connect()) as SqlDriverAdapter & { client: unknown };
    const real = connection.client;
    expect(real).toBeInstanceOf(Database);
    const calls: string[] = [];
    connection.client = recordingClient(calls);
    try {
      await connection.executeRaw(query("UPDATE t SET n = ?", [7]));
      expect(calls.splice(0)).toEqual(["prepare UPDATE t SET n = ?", "bind [7]", "run"]);
      expect(await connection.queryRaw(query("SELECT n FROM t WHERE n = ?", [7]))).toMatchObject({ columnNames: ["n"], rows: [[1]] });
      expect(calls.splice(0)).toEqual(["prepare SELECT n FROM t WHERE n = ?", "bind [7]", "reader", "columns", "raw", "all"]);
    } finally {
      connection.client = real;
      await connection.dispose();
    }
  });
});
