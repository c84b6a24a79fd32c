// A PostgreSQL cluster of its own in a temporary folder, for the PostgreSQL test pass and for writing
// PostgreSQL's migrations (a scratch database): `initdb`, then `pg_ctl start` on a free local port, and
// `stop()` removes it all. Needs PostgreSQL's programs (Debian: the `postgresql` package, which puts
// them in /usr/lib/postgresql/<version>/bin). initdb refuses to run as root: as root, the cluster runs
// as the `postgres` user that package creates.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface ThrowawayPostgres {
  /** The superuser's URL of the cluster's `postgres` database (no password: local trust). */
  url: string;
  /** Stops the cluster and removes its folder. */
  stop(): Promise<void>;
}

/** The folder holding initdb and pg_ctl: on the PATH, or Debian's newest /usr/lib/postgresql/<version>/bin. */
function binDir(): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian) ? readdirSync(debian).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined) throw new Error("PostgreSQL's programs (initdb, pg_ctl) are not installed: on Debian or Ubuntu, `apt-get install postgresql`");
  return path.join(debian, newest, "bin");
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), "cafe-postgres-"));
  const data = path.join(dir, "data");
  // As root, every program runs as `postgres`, which owns the folder.
  const asRoot = process.getuid?.() === 0;
  const command = (program: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  let started = false;
  const stopNow = () => {
    if (started) execFileSync(...command("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-w"]), { stdio: "ignore" });
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  // Stopped even when the process ends without calling stop() (a test run interrupted).
  process.once("exit", stopNow);
  try {
    await run(...command("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]));
    // Nothing here needs to survive a crash of the machine: no fsync, for speed.
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await run(...command("pg_ctl", ["start", "-D", data, "-w", "-l", path.join(dir, "server.log"), "-o", settings]));
    started = true;
  } catch (error) {
    process.removeListener("exit", stopNow);
    stopNow();
    throw error;
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      process.removeListener("exit", stopNow);
      if (started) await run(...command("pg_ctl", ["stop", "-D", data, "-m", "fast", "-w"]));
      started = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
