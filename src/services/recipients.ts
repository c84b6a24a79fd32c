// Who is told about what happens without them asking: the managers.
import type { Tx } from "../db/client.js";

/** Active managers' Telegram ids: who hears about payments. */
export async function managerChatIds({ db }: { db: Tx }): Promise<number[]> {
  const managers = await db.staff.findMany({ where: { role: "MANAGER", active: true }, select: { telegramId: true } });
  return managers.map((manager) => Number(manager.telegramId));
}
