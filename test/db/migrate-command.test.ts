// `npm run db:migrate` migrates the database DATABASE_URL names, SQLite's or PostgreSQL's. One SQLite file
// serves one process: the service claims its file at start-up (test/main.test.ts shows a second service
// refused), and the command refuses a file the service is using.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeDatabase, sqliteFilePath } from "../../src/db/provider.js";
import { claimDatabaseFile } from "../../src/db/file-claim.js";
import { projectRoot } from "../../src/project-root.js";
import { freePort } from "../support/service-process.js";
import { describeSqlite, tempDatabaseUrl } from "../support/temp.js";

const newDatabaseUrl = tempDatabaseUrl();

function migrate(databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/db/cli.ts", "migrate"], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? "", ENV_FILE: "/dev/null", DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

describeSqlite("the migrate command", () => {
  it("refuses, in one sentence, a database file another process is using, and migrates it once that process let go", async () => {
    const url = await newDatabaseUrl();
    const file = sqliteFilePath(url);
    const service = claimDatabaseFile(url);

    const refused = await migrate(url);
    expect(refused).toEqual({
      code: 1,
      stdout: "",
      stderr: `Another process is using the database file ${file}: one SQLite file serves one running service, so stop the other one first.\n`,
    });
    expect(existsSync(file)).toBe(false);

    service.release();
    const applied = await migrate(url);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain(`SQLite ${file}: applied 2026`);
  });
});

describe("the migrate command", () => {
  it("names the database, applies the migrations, then finds it up to date", async () => {
    const url = await newDatabaseUrl();
    const first = await migrate(url);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain(`${describeDatabase(url)}: applied 2026`);
    expect(await migrate(url)).toEqual({ code: 0, stdout: `${describeDatabase(url)}: up to date.\n`, stderr: "" });
  });

  it("refuses a PostgreSQL server it cannot reach in one sentence, without the password", async () => {
    const url = `postgres://cafe:pa55-w0rd@127.0.0.1:${await freePort()}/cafe`;
    const refused = await migrate(url);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(
      /^Cannot reach the database \(PostgreSQL 127\.0\.0\.1:\d+\/cafe\): nothing accepts connections at that address\. Check DATABASE_URL and that the database server is running\.\n$/,
    );
  });
});
