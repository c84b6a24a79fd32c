// For fake M-Pesa gateways of tests about prompts: the C2B and Transaction Status calls they never make.
import type { MpesaGateway } from "../../src/services/prompts.js";

const notUsed = () => Promise.reject(new Error("not used"));

export const UNUSED_C2B: Pick<MpesaGateway, "registerC2bUrls" | "transactionStatus"> = {
  registerC2bUrls: notUsed,
  transactionStatus: notUsed,
};
