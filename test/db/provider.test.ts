// Which database a DATABASE_URL selects, how start-up names it, and that a SQLite service never loads
// PostgreSQL's client or driver (memory: the default install stays small).
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { isDatabaseReachable, openDb } from "../../src/db/client.js";
import { databaseProvider, describeDatabase } from "../../src/db/provider.js";
import { tempDir } from "../support/temp.js";

vi.mock("../../src/generated/prisma-pg/client.js", () => {
  throw new Error("PostgreSQL's client was loaded");
});
vi.mock("../../src/db/postgres.js", () => {
  throw new Error("PostgreSQL's driver was loaded");
});

const scratch = tempDir("cafe-provider-");

describe("DATABASE_URL", () => {
  it("selects SQLite with file: and PostgreSQL with postgresql:// or postgres://, and nothing else", () => {
    expect(databaseProvider("file:./data/cafe.db")).toBe("sqlite");
    expect(databaseProvider("postgresql://cafe@localhost/cafe")).toBe("postgresql");
    expect(databaseProvider("postgres://cafe@localhost/cafe")).toBe("postgresql");
    expect(() => databaseProvider("mysql://cafe@localhost/cafe")).toThrow("Unsupported DATABASE_URL scheme: mysql");
  });

  it("is named by the SQLite file's absolute path, or PostgreSQL's host:port/database without user or password", () => {
    expect(describeDatabase("file:./data/cafe.db?mode=rwc")).toBe(`SQLite ${path.resolve("data/cafe.db")}`);
    expect(describeDatabase("postgresql://cafe:pa55-w0rd@db.example.org:6543/cafe_nairobi?sslmode=require")).toBe(
      "PostgreSQL db.example.org:6543/cafe_nairobi",
    );
    expect(describeDatabase("postgres://cafe:pa55-w0rd@localhost/cafe")).toBe("PostgreSQL localhost:5432/cafe");
    expect(describeDatabase("postgresql:///cafe?host=/var/run/postgresql")).toBe("PostgreSQL /var/run/postgresql:5432/cafe");
  });
});

describe("a SQLite database", () => {
  it("opens and answers without loading PostgreSQL's client or driver", async () => {
    const db = await openDb(`file:${scratch("cafe.db")}`);
    try {
      expect(await isDatabaseReachable(db)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });
});
