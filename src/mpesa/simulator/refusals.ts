// Daraja's refusals as the simulator answers them, and the reading of request fields they share.
import type { FastifyReply, FastifyRequest } from "fastify";
import { isValidStkAmount, type DarajaErrorBody } from "../protocol.js";
import { digits } from "./state.js";

export class DarajaRefusal extends Error {
  constructor(
    readonly httpStatus: number,
    readonly errorCode: string,
    readonly errorMessage: string,
  ) {
    super(`${errorCode} ${errorMessage}`);
  }
}

export const invalid = (field: string) => new DarajaRefusal(400, "400.002.02", `Bad Request - Invalid ${field}`);

export /** Daraja takes numbers or numeric strings for numeric fields. */
function numericText(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  if (typeof value === "string") return value.trim();
  return undefined;
}

/** Whole shillings from 1 to 250,000, as a number or a numeric string. */
export function wholeAmount(value: unknown): number | undefined {
  const amount = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return isValidStkAmount(amount) ? amount : undefined;
}

export function bodyOf(request: FastifyRequest): Record<string, unknown> {
  const body: unknown = request.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalid("JSON");
  return Object.fromEntries(Object.entries(body));
}

export function refuse(reply: FastifyReply, refusal: DarajaRefusal) {
  const body: DarajaErrorBody = { requestId: `${digits(5)}-${digits(8)}-1`, errorCode: refusal.errorCode, errorMessage: refusal.errorMessage };
  return reply.code(refusal.httpStatus).send(body);
}
