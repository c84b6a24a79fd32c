import type { ServiceContext } from "./context.js";

/** The stored state of the bot's conversations in one chat (grammY's, as JSON), so they survive a restart. */
export async function readConversationState({ db }: ServiceContext, key: string): Promise<string | null> {
  return (await db.conversationState.findUnique({ where: { key } }))?.value ?? null;
}

export async function writeConversationState({ db }: ServiceContext, key: string, value: string): Promise<void> {
  await db.conversationState.upsert({ where: { key }, create: { key, value }, update: { value } });
}

export async function deleteConversationState({ db }: ServiceContext, key: string): Promise<void> {
  await db.conversationState.deleteMany({ where: { key } });
}
