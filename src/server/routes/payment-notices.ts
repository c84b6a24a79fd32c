// Where Safaricom tells this service about money paid from the M-Pesa menu (C2B confirmation and
// validation) and answers Transaction Status queries (result, timeout), behind the Safaricom guard
// (src/server/safaricom-guard.ts), each with the secret segment when one is set. Under /payments/, not
// /mpesa/: Safaricom refuses production URLs containing "mpesa", "safaricom", "sql", "exe" or "cmd".
// A body is stored exactly as received before it is acknowledged (a storage failure answers 500, which
// Safaricom may retry); the notice applier job applies it after. Validation requests are answered at
// once and not stored: they move no money.
import type { FastifyInstance, FastifyReply } from "fastify";
import type { MpesaNoticeKind } from "../../generated/prisma/client.js";
import { C2B_CONFIRMATION_ACKNOWLEDGEMENT, C2B_VALIDATION_ANSWERS } from "../../mpesa/c2b.js";
import type { ValidationAnswer } from "../../services/mpesa-notices.js";
import { SAFARICOM_BODY_LIMIT_BYTES, withSecret } from "../safaricom-guard.js";

/** The paths of the notices that are stored, by kind. */
const NOTICE_PATHS: Record<MpesaNoticeKind, string> = {
  CONFIRMATION: "/payments/confirmation/",
  STATUS_RESULT: "/payments/status/result/",
  STATUS_TIMEOUT: "/payments/status/timeout/",
};
const VALIDATION_PATH = "/payments/validation/";

const VALIDATION_REPLIES: Record<ValidationAnswer, (typeof C2B_VALIDATION_ANSWERS)[keyof typeof C2B_VALIDATION_ANSWERS]> = {
  accept: C2B_VALIDATION_ANSWERS.accept,
  invalid_account: C2B_VALIDATION_ANSWERS.invalidAccount,
  invalid_amount: C2B_VALIDATION_ANSWERS.invalidAmount,
};

const rawBody = (body: unknown): string => (typeof body === "string" ? body : "");

export default async function paymentNotices(app: FastifyInstance): Promise<void> {
  for (const [kind, path] of Object.entries(NOTICE_PATHS) as [MpesaNoticeKind, string][]) {
    for (const url of withSecret(path)) {
      app.post(url, { bodyLimit: SAFARICOM_BODY_LIMIT_BYTES }, async (request, reply: FastifyReply) => {
        const receipt = await app.services.notices.receiveNotice(kind, rawBody(request.body), request.ip);
        if (!receipt.ok) return reply.code(400).send({ ResultCode: 1, ResultDesc: `Rejected: ${receipt.problem}` });
        return reply.send(C2B_CONFIRMATION_ACKNOWLEDGEMENT);
      });
    }
  }
  for (const url of withSecret(VALIDATION_PATH)) {
    app.post(url, { bodyLimit: SAFARICOM_BODY_LIMIT_BYTES }, async (request) => {
      return VALIDATION_REPLIES[await app.services.notices.validateMenuPayment(rawBody(request.body))];
    });
  }
}
