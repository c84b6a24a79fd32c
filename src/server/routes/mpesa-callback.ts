// POST /mpesa/callback/ (the original app's path), or /mpesa/callback/<secret>/ when a secret is set,
// behind the Safaricom guard (src/server/safaricom-guard.ts). The body is stored exactly as received,
// then acknowledged; the callback applier job applies it after.
import type { FastifyInstance } from "fastify";
import { STK_CALLBACK_ACKNOWLEDGEMENT } from "../../mpesa/callback.js";
import { SAFARICOM_BODY_LIMIT_BYTES, withSecret } from "../safaricom-guard.js";

export default async function mpesaCallback(app: FastifyInstance): Promise<void> {
  for (const url of withSecret("/mpesa/callback/")) {
    app.post(url, { bodyLimit: SAFARICOM_BODY_LIMIT_BYTES }, async (request, reply) => {
      const raw = typeof request.body === "string" ? request.body : "";
      const receipt = await app.services.callbacks.receiveCallback(raw, request.ip);
      if (!receipt.ok) return reply.code(400).send({ ResultCode: 1, ResultDesc: `Rejected: ${receipt.problem}` });
      return reply.send(STK_CALLBACK_ACKNOWLEDGEMENT);
    });
  }
}
