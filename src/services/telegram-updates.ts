import { Prisma } from "../generated/prisma/client.js";
import type { ServiceContext } from "./context.js";

// Telegram re-sends an update whose webhook request was not answered in time, to any instance. An
// update counts as handled once its handler has finished: it is looked up before and recorded after,
// under its chat's lease (src/services/leases.ts), so the lookup and the record cannot interleave with
// another delivery of the same update. A re-delivery that comes while the first is being handled waits
// for it and is then ignored; one that comes because the instance handling it died is handled.

/** Whether the update was handled already (on any instance). */
export async function alreadyHandled({ db }: ServiceContext, updateId: number): Promise<boolean> {
  return (await db.telegramUpdate.count({ where: { updateId: BigInt(updateId) } })) > 0;
}

/** Records the update as handled. */
export async function markHandled({ db, now }: ServiceContext, updateId: number): Promise<void> {
  try {
    await db.telegramUpdate.create({ data: { updateId: BigInt(updateId), receivedAt: now() } });
  } catch (error) {
    // Recorded by an instance whose chat lease had expired meanwhile: handled all the same.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}

/** Telegram re-sends for at most a day; older ids need not be remembered. */
export async function forgetOldUpdates({ db, now }: ServiceContext, keepMs = 7 * 24 * 60 * 60 * 1000): Promise<number> {
  const { count } = await db.telegramUpdate.deleteMany({ where: { receivedAt: { lt: new Date(now().getTime() - keepMs) } } });
  return count;
}
