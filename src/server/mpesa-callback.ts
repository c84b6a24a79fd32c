// POST /mpesa/callback/ (the original app's path), or /mpesa/callback/<secret>/ when a secret is set.
// The body is stored exactly as received before anything else, then applied, then acknowledged.
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { addressMatcher, type Config } from "../config/index.js";
import { STK_CALLBACK_ACKNOWLEDGEMENT } from "../mpesa/callback.js";
import { receiveCallback } from "../services/callbacks.js";
import type { ServiceContext } from "../services/context.js";

/** A real STK callback is about 1 KiB; bigger bodies get 413 before they are stored. */
export const CALLBACK_BODY_LIMIT_BYTES = 16 * 1024;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function registerMpesaCallback(app: FastifyInstance, context: ServiceContext, mpesa: Config["mpesa"]): void {
  const { callbackSecret, callbackAllowedIps } = mpesa;
  const isAllowed = addressMatcher(callbackAllowedIps);
  // Encapsulated, so the raw-text body parsing applies to these routes only.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));

    const handle = async (request: FastifyRequest<{ Params: { secret?: string } }>, reply: FastifyReply) => {
      if (callbackSecret !== undefined && !sameSecret(request.params.secret ?? "", callbackSecret)) {
        request.log.warn({ ip: request.ip }, "M-Pesa callback with a wrong or missing secret refused");
        return reply.code(404).send({ ResultCode: 1, ResultDesc: "Not found" });
      }
      if (callbackAllowedIps.length > 0 && !isAllowed(request.ip)) {
        request.log.warn({ ip: request.ip }, "M-Pesa callback from an address not on the allow-list refused");
        return reply.code(403).send({ ResultCode: 1, ResultDesc: "Forbidden" });
      }
      const raw = typeof request.body === "string" ? request.body : "";
      const receipt = await receiveCallback(context, raw, request.ip);
      if (!receipt.ok) return reply.code(400).send({ ResultCode: 1, ResultDesc: `Rejected: ${receipt.problem}` });
      return reply.send(STK_CALLBACK_ACKNOWLEDGEMENT);
    };

    for (const url of ["/mpesa/callback/", "/mpesa/callback/:secret/"]) {
      scope.post<{ Params: { secret?: string } }>(url, { bodyLimit: CALLBACK_BODY_LIMIT_BYTES }, handle);
    }
  });
}
