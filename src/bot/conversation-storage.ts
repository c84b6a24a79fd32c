import type { VersionedStateStorage } from "@grammyjs/conversations";
import type { Db } from "../db/client.js";

/** Keeps grammY conversation state in the database, so a conversation survives a restart. */
export function conversationStorage<S>(db: Db): VersionedStateStorage<string, S> {
  return {
    async read(key) {
      const row = await db.conversationState.findUnique({ where: { key } });
      return row ? JSON.parse(row.value) : undefined;
    },
    async write(key, state) {
      const value = JSON.stringify(state);
      await db.conversationState.upsert({ where: { key }, create: { key, value }, update: { value } });
    },
    async delete(key) {
      await db.conversationState.deleteMany({ where: { key } });
    },
  };
}
