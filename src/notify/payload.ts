// An outbox row's payload: read back from the database, and turned into Telegram's keyboard.
import type { InlineKeyboardMarkup } from "grammy/types";
import { z } from "zod";
import type { OutboxButton, OutboxPayload } from "../services/outbox.js";

export function inlineKeyboard(buttons: OutboxButton[][]): InlineKeyboardMarkup {
  return { inline_keyboard: buttons.map((row) => row.map((button) => ({ text: button.text, callback_data: button.data }))) };
}

const payloadSchema = z.object({
  text: z.string().min(1),
  buttons: z.array(z.array(z.object({ text: z.string(), data: z.string() }))).nullish(),
  editMessageId: z.int().nullish(),
  chart: z
    .object({
      days: z.object({ from: z.string(), to: z.string() }),
      unit: z.enum(["hour", "day"]),
      buckets: z.array(z.object({ at: z.string(), mpesaKes: z.int(), cashKes: z.int() })),
    })
    .nullish(),
  summary: z
    .object({
      kind: z.enum(["mpesa_paid", "cash_paid", "mpesa_failed", "mpesa_unknown"]),
      amountKes: z.int(),
      simulated: z.boolean().optional(),
    })
    .nullish(),
});

/** The stored payload, checked: rows come from the database, so they are not trusted blindly. */
export function readPayload(value: unknown): OutboxPayload | null {
  const parsed = payloadSchema.safeParse(value);
  if (!parsed.success) return null;
  const { text, buttons, editMessageId, summary, chart } = parsed.data;
  const rows = (buttons ?? []).filter((row) => row.length > 0);
  return {
    text,
    ...(rows.length > 0 ? { buttons: rows } : {}),
    ...(typeof editMessageId === "number" ? { editMessageId } : {}),
    ...(chart ? { chart } : {}),
    ...(summary ? { summary: { kind: summary.kind, amountKes: summary.amountKes, ...(summary.simulated ? { simulated: true } : {}) } } : {}),
  };
}
