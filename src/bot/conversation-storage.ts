import type { VersionedState, VersionedStateStorage } from "@grammyjs/conversations";
import type { Services } from "../services/index.js";

/** Keeps grammY conversation state in the database, so a conversation survives a restart. */
export function conversationStorage<S>(state: Services["conversationState"]): VersionedStateStorage<string, S> {
  return {
    async read(key) {
      const value = await state.readConversationState(key);
      // Written by `write` below with this storage version (the plugin drops other versions).
      return value === null ? undefined : (JSON.parse(value) as VersionedState<S>);
    },
    write: (key, value) => state.writeConversationState(key, JSON.stringify(value)),
    delete: (key) => state.deleteConversationState(key),
  };
}
