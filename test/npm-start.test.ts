// The README's run command, `npm start`, as a supervisor (docker stop, systemd) or a person at a
// terminal stops it: the signal goes to the process that was started, npm, and the service must stop
// cleanly, not live on as an orphan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_TOKEN, FakeTelegram } from "./support/fake-telegram.js";
import { copyProject, freePort, startNpm, type ServiceProcess } from "./support/service-process.js";
import { tempDatabaseUrl, tempDir } from "./support/temp.js";

const file = tempDir("cafe-npm-start-");
const newDatabaseUrl = tempDatabaseUrl();

/** Whether a process with this id is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** npm's exit code, as soon as npm itself has ended (whatever it left behind still holding its output). */
function npmExit(npm: ServiceProcess): Promise<number | null> {
  return new Promise((resolve) => npm.child.once("exit", (code) => resolve(code)));
}

describe("npm start", () => {
  const telegram = new FakeTelegram();
  beforeAll(() => telegram.start());
  afterAll(() => telegram.stop());

  // Each start builds the project (prisma generate, tsc): minutes on a busy machine.
  it("stops the service cleanly on SIGTERM to npm alone, and on SIGINT to its process group (Ctrl-C)", { timeout: 600_000 }, async () => {
    const project = copyProject(file("project"));
    const databaseUrl = await newDatabaseUrl();
    const env = async () => ({
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
    });
    const services: number[] = [];
    try {
      for (const stop of ["SIGTERM to npm", "SIGINT to the group"] as const) {
        const npm = startNpm(["start"], project, await env());
        const npmEnded = npmExit(npm);
        const running = await npm.waitForLog("café desk is running");
        const pid = Number(running.pid);
        services.push(pid);
        expect(pid).not.toBe(npm.child.pid);

        if (stop === "SIGTERM to npm") process.kill(npm.child.pid!, "SIGTERM");
        else process.kill(-npm.child.pid!, "SIGINT");
        expect(await npmEnded, `${stop}: ${npm.stdout()}${npm.stderr()}`).toBe(0);
        expect(npm.logs.map((line) => line.msg)).toEqual(expect.arrayContaining(["shutting down", "stopped"]));
        expect(npm.logs.find((line) => line.msg === "shutting down")?.reason).toBe(stop === "SIGTERM to npm" ? "SIGTERM" : "SIGINT");
        expect(alive(pid), `${stop}: the service is still running`).toBe(false);
        await npm.exited;
      }
    } finally {
      for (const pid of services) if (alive(pid)) process.kill(pid, "SIGKILL");
    }
  });
});
