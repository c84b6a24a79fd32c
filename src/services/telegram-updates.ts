import { Prisma } from "../generated/prisma/client.js";
import type { ServiceContext } from "./context.js";

/** True the first time an update id is seen; false for a re-delivery (on any instance). */
export async function isFirstDelivery({ db, now }: ServiceContext, updateId: number): Promise<boolean> {
  try {
    await db.telegramUpdate.create({ data: { updateId: BigInt(updateId), receivedAt: now() } });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

/** Telegram re-sends for at most a day; older ids need not be remembered. */
export async function forgetOldUpdates({ db, now }: ServiceContext, keepMs = 7 * 24 * 60 * 60 * 1000): Promise<number> {
  const { count } = await db.telegramUpdate.deleteMany({ where: { receivedAt: { lt: new Date(now().getTime() - keepMs) } } });
  return count;
}
