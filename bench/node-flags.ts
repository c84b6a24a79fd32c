// Node's flags for the service in the benchmarks: those `npm start` runs it with (package.json's start
// script, the one place they are written), or BENCH_NODE_FLAGS to try others.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The flags between `node` and `dist/main.js` in the start script of the project at `projectRoot`. */
export function serviceNodeFlags(projectRoot: string): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts: { start: string } };
  const flags = process.env.BENCH_NODE_FLAGS ?? /exec node (.*)dist\/main\.js/.exec(scripts.start)?.[1];
  if (flags === undefined) throw new Error("package.json's start script does not run `exec node … dist/main.js`");
  return flags.split(" ").filter(Boolean);
}
