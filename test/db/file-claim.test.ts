// One SQLite file serves one process: the service claims its file at start-up (test/main.test.ts shows
// a second service refused), and `npm run db:migrate` refuses a file the service is using.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sqliteFilePath } from "../../src/db/adapter.js";
import { claimDatabaseFile } from "../../src/db/file-claim.js";
import { projectRoot } from "../../src/project-root.js";
import { tempDatabaseUrl } from "../support/temp.js";

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

describe("the migrate command", () => {
  it("refuses, in one sentence, a database file another process is using, and migrates it once that process let go", async () => {
    const url = newDatabaseUrl();
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
    expect(applied.stdout).toMatch(/^Applied: /);
  });
});
