// Runs src/main.ts as a real process, as `npm start` would, and reads its JSON log lines; the other
// entry points (src/invite.ts) as `npm run` would; `npm start` itself, in a copy of the project; and the
// built service (dist/main.js), built once into a folder of its own.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { projectRoot } from "../../src/project-root.js";

export interface ServiceProcess {
  child: ChildProcess;
  logs: Record<string, unknown>[];
  /** Everything written so far, as written. */
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first log line whose msg matches. */
  waitForLog(msg: string | RegExp): Promise<Record<string, unknown>>;
  /** Resolves once `condition` holds; checked whenever the process writes something. */
  waitFor(condition: () => boolean): Promise<void>;
  /** The exit code, once the process has ended and everything it wrote has been read. */
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function spawnEntry(file: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawnNode(["--import", "tsx", file, ...args], projectRoot, env);
}

/**
 * The machine's clock and zone as this test process sees them: under faketime (CI's second pass) the
 * services it starts run on the same shifted clock, or a session the test started would end, in a
 * service, before it began.
 */
function machineClockEnv(): Record<string, string> {
  const names = ["TZ", "LD_PRELOAD", "FAKETIME", "FAKETIME_NO_CACHE", "DONT_FAKE_MONOTONIC"] as const;
  return Object.fromEntries(names.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]]])));
}

function spawnNode(args: string[], cwd: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, {
    cwd,
    // Only what the test gives, plus PATH and the clock: nothing from the developer's environment or .env leaks in.
    env: { PATH: process.env.PATH ?? "", ENV_FILE: "/dev/null", LOG_FORMAT: "json", ...machineClockEnv(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Runs a command-line entry point to its end. */
export async function runCommand(file: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnEntry(file, args, env);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", (exitCode) => resolve(exitCode)));
  return { code, stdout, stderr };
}

export function startService(env: Record<string, string>): ServiceProcess {
  return watch(spawnEntry("src/main.ts", [], env));
}

/**
 * The service compiled as `npm run build` compiles it (tsc with tsconfig.build.json, from the generated
 * clients already in src/generated), into `dir`/dist beside links to the project's prisma/ (the
 * migrations), locales/ (the messages) and node_modules: other tests may be reading the project's own dist/ meanwhile. The type
 * check is left to `npx tsc`. Returns the folder, for startBuiltService.
 */
export async function buildService(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(projectRoot, "package.json"), path.join(dir, "package.json"));
  for (const name of ["prisma", "locales", "node_modules"]) symlinkSync(path.join(projectRoot, name), path.join(dir, name));
  const tsc = path.join(projectRoot, "node_modules", "typescript", "bin", "tsc");
  await promisify(execFile)(process.execPath, [tsc, "-p", path.join(projectRoot, "tsconfig.build.json"), "--noCheck", "--outDir", path.join(dir, "dist")]);
  return dir;
}

/** `node dist/main.js` in a folder buildService made, as `npm start` runs it after building. */
export function startBuiltService(dir: string, env: Record<string, string>): ServiceProcess {
  return watch(spawnNode([path.join(dir, "dist", "main.js")], dir, env));
}

/**
 * The files `npm start` needs, copied to `dir` with node_modules linked: building there writes dist/ and
 * src/generated/ of the copy, never those of the project that other tests are reading meanwhile.
 */
export function copyProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of ["package.json", "tsconfig.json", "tsconfig.build.json", "prisma.config.ts", "prisma", "locales", "src"]) {
    cpSync(path.join(projectRoot, name), path.join(dir, name), {
      recursive: true,
      filter: (source) => !source.startsWith(path.join(projectRoot, "src", "generated")),
    });
  }
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

/**
 * `npm <args>` in `cwd`, in a process group of its own (so that a test can signal the group, as a
 * terminal's Ctrl-C does). Lines that are not JSON (npm's own) are kept in stdout only.
 */
export function startNpm(args: string[], cwd: string, env: Record<string, string>): ServiceProcess {
  return watch(
    spawn("npm", args, {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? cwd, ENV_FILE: "/dev/null", LOG_FORMAT: "json", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }),
  );
}

function watch(child: ChildProcess): ServiceProcess {
  const logs: Record<string, unknown>[] = [];
  const waiters: { match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  const conditions = new Set<() => void>();
  const checkConditions = () => {
    for (const check of [...conditions]) check();
  };
  let buffered = "";
  let stdout = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines.filter((text) => text.startsWith("{"))) {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      logs.push(parsed);
      for (const waiter of [...waiters]) {
        if (waiter.match(parsed)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(parsed);
        }
      }
    }
    checkConditions();
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    checkConditions();
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return {
    child,
    logs,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitFor(condition) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!condition()) return;
          conditions.delete(check);
          resolve();
        };
        conditions.add(check);
        check();
        void exited.then((code) => reject(new Error(`service exited (${String(code)}) while a test waited; stderr: ${stderr}`)));
      });
    },
    waitForLog(msg) {
      const match = (line: Record<string, unknown>) => typeof line.msg === "string" && (typeof msg === "string" ? line.msg === msg : msg.test(line.msg));
      const found = logs.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiters.push({ match, resolve });
        void exited.then((code) => reject(new Error(`service exited (${String(code)}) before logging "${String(msg)}"; stderr: ${stderr}`)));
      });
    },
  };
}
