// A database client whose chosen queries misbehave (fail, or stall until the test lets them go on),
// while every other query reaches the real database. Queries are named "model.method"
// ("stkRequest.update") or by the client's own method ("$queryRaw").
import type { Db } from "../../src/db/client.js";
import { onPostgres } from "./temp.js";

type Query = (...args: unknown[]) => Promise<unknown>;

function bound(value: unknown, target: object): unknown {
  return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

/** `db` with the named queries run through `around`, which gets the real query, its arguments and its name. */
export function interceptQueries(db: Db, queries: readonly string[], around: (query: Query, args: unknown[], name: string) => Promise<unknown>): Db {
  const wrapped = (target: object, value: unknown, name: string): unknown => {
    if (!queries.includes(name) || typeof value !== "function") return bound(value, target);
    const query = (...args: unknown[]) => (value as Query).apply(target, args);
    return (...args: unknown[]) => around(query, args, name);
  };
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      const name = String(prop);
      if (!queries.some((query) => query.startsWith(`${name}.`))) return wrapped(target, value, name);
      return new Proxy(value as object, {
        get: (model, method) => wrapped(model, Reflect.get(model, method, model), `${name}.${String(method)}`),
      });
    },
  });
}

/** `db` whose named queries reject with "database unavailable (name)" the first `failures` times (by default, always). */
export function failingQueries(db: Db, queries: readonly string[], failures = Infinity): Db {
  let failed = 0;
  return interceptQueries(db, queries, (query, args, name) => {
    if (failed >= failures) return query(...args);
    failed++;
    return Promise.reject(new Error(`database unavailable (${name})`));
  });
}

/** `db` whose first transaction, once `after` has run in it, runs `meanwhile` before going on. */
export function pausingAfter(db: Db, after: string, meanwhile: () => Promise<void>): Db {
  let paused = false;
  return interceptQueries(db, ["$transaction"], (transaction, [work, ...options]) => {
    if (typeof work !== "function") return transaction(work, ...options);
    return transaction(
      (tx: Db) =>
        (work as (tx: Db) => Promise<unknown>)(
          interceptQueries(tx, [after], async (query, args) => {
            const result = await query(...args);
            if (!paused) {
              paused = true;
              await meanwhile();
            }
            return result;
          }),
        ),
      ...options,
    );
  });
}

/**
 * Resolves once `work` is done or, on PostgreSQL, once a statement waits for a row another
 * transaction holds (READ COMMITTED then re-checks that row's WHERE when the holder commits). On
 * SQLite at once: an open transaction has the one connection to itself, so `work` waits its turn.
 */
export async function untilDoneOrWaitingForALock(db: Db, work: Promise<unknown>): Promise<void> {
  let done = false as boolean;
  work.then(
    () => (done = true),
    () => (done = true),
  );
  while (onPostgres && !done) {
    const rows = await db.$queryRaw<{ waiting: boolean }[]>`SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock') AS waiting`;
    if (rows.some((row) => row.waiting)) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
