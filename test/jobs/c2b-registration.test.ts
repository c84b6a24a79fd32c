// MPESA_C2B_REGISTER=true: the service registers its C2B URLs with Daraja once as it starts, and a
// failure is logged without stopping it.
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { c2bRegistrationJob, registerC2bUrlsAtStart } from "../../src/jobs/c2b-registration.js";
import { secretsOf } from "../../src/config/index.js";
import { createLogger } from "../../src/logger.js";
import { DarajaApiError, MpesaTransportError } from "../../src/mpesa/errors.js";
import type { MpesaGateway } from "../../src/services/prompts.js";
import { createHarness, type Harness } from "../support/harness.js";
import { UNUSED_C2B } from "../support/unused-c2b.js";

const SECRET = "c2b-test-secret-0123456789";

function capturedLogger(secrets: readonly string[] = []) {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  return { logger: createLogger({ level: "info", format: "json", secrets, destination: stream }), lines };
}

/** Lets the stream's data events run. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("registering the C2B URLs at start-up", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("registers the confirmation and validation URLs with Daraja (here the simulator) and says that production registers once", async () => {
    h = await createHarness({ MPESA_C2B_REGISTER: "true", MPESA_CALLBACK_SECRET: SECRET });
    // The service's own logger redacts the secrets of its config.
    const { logger, lines } = capturedLogger(secretsOf(h.config));
    const context = { ...h.context, logger };
    const job = c2bRegistrationJob({ context, mpesa: h.mpesa, outbox: undefined as never, callbacks: h.callbackApplier, notices: h.noticeApplier });
    await job.start();
    await job.stop();
    await turn();

    const { c2b } = h.config.mpesa;
    expect(c2b.confirmationUrl).toBe(`${h.url}/payments/confirmation/${SECRET}/`);
    expect(await h.db.simulatedC2bRegistration.findMany()).toEqual([
      expect.objectContaining({ shortCode: c2b.shortCode, responseType: "Completed", confirmationUrl: c2b.confirmationUrl, validationUrl: c2b.validationUrl }),
    ]);
    const [line] = lines;
    expect(line).toMatchObject({ level: 30, shortCode: c2b.shortCode, responseType: "Completed" });
    expect(line?.msg).toContain("C2B URLs registered with Daraja");
    expect(line?.msg).toContain("Production registers a shortcode's URLs once: changing them later goes through Safaricom");
    // The URLs are logged, their secret segment never.
    expect(line?.confirmationUrl).toBe(`${h.url}/payments/confirmation/[redacted]/`);
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });

  it("does nothing with MPESA_C2B_REGISTER=false", async () => {
    h = await createHarness({ MPESA_C2B_REGISTER: "false" });
    const asked: string[] = [];
    const gateway: MpesaGateway = {
      ...UNUSED_C2B,
      stkPush: () => Promise.reject(new Error("not used")),
      stkQuery: () => Promise.reject(new Error("not used")),
    };
    gateway.registerC2bUrls = async () => void asked.push("register");
    const job = c2bRegistrationJob({ context: h.context, mpesa: gateway, outbox: undefined as never, callbacks: h.callbackApplier, notices: h.noticeApplier });
    await job.start();
    await job.stop();
    expect(asked).toEqual([]);
    expect(await h.db.simulatedC2bRegistration.count()).toBe(0);
  });

  it("logs a refusal or an unreachable Daraja clearly and goes on", async () => {
    h = await createHarness({ MPESA_C2B_REGISTER: "true" });
    const failures = [
      new DarajaApiError("c2b_register", { httpStatus: 500, errorCode: "500.003.1001", errorMessage: "Urls are already registered", requestId: "r" }),
      new MpesaTransportError("network", "c2b_register", "ECONNREFUSED"),
    ];
    const { logger, lines } = capturedLogger();
    for (const failure of failures) {
      const gateway: MpesaGateway = {
        ...UNUSED_C2B,
        stkPush: () => Promise.reject(new Error("not used")),
        stkQuery: () => Promise.reject(new Error("not used")),
      };
      gateway.registerC2bUrls = () => Promise.reject(failure);
      await expect(registerC2bUrlsAtStart({ ...h.context, logger }, gateway)).resolves.toBeUndefined();
    }
    await turn();
    // Already registered is every start after the first in production: said, not an error.
    expect(lines.map((line) => [line.level, line.reason])).toEqual([
      [30, "urls_already_registered"],
      [50, "network"],
    ]);
    expect(lines[0]?.msg).toContain("C2B URLs already registered for");
    expect(lines[0]?.msg).toContain("If they are not these, ask Safaricom");
    expect(lines[1]?.msg).toContain("ECONNREFUSED");
    expect(lines[1]?.msg).toContain("the service goes on");
  });
});
