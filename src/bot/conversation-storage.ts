import type { VersionedState, VersionedStateStorage } from "@grammyjs/conversations";
import type { Services } from "../services/index.js";

/**
 * Keeps grammY conversation state in the database, so a conversation survives a restart. Read when an
 * update comes and written once it is handled, with no check in between: one chat's updates are never
 * handled side by side, on any instance (./chat-lease.ts says why a lease and not a compare-and-set).
 */
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
