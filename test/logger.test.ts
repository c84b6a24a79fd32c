import { performance } from "node:perf_hooks";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactText } from "../src/logger.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
const PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";

function capture() {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n").filter(Boolean)));
  const logger = createLogger({ level: "info", format: "json", secrets: [TOKEN, PASSKEY, "consumer-secret-value"], destination: stream });
  return { logger, output: () => lines.join("\n") };
}

describe("logger", () => {
  it("redacts the bot token inside Telegram API URLs, even one it was not told about", () => {
    expect(redactText("POST https://api.telegram.org/bot987654321:ZZHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9/sendMessage failed", [])).toBe(
      "POST https://api.telegram.org/bot[redacted]/sendMessage failed",
    );
  });

  it("never writes a secret in messages, fields, nested objects or errors", () => {
    const { logger, output } = capture();
    logger.info(`calling https://api.telegram.org/bot${TOKEN}/getMe`);
    logger.info({ request: { url: `/bot${TOKEN}/sendMessage`, body: { Password: "xyz", note: `passkey ${PASSKEY}` } } }, "request");
    logger.error({ err: new Error(`Network error for https://api.telegram.org/bot${TOKEN}/getUpdates`) }, "failed");
    logger.info({ headers: { authorization: "Basic Y29uc3VtZXI6c2VjcmV0" }, consumerSecret: "consumer-secret-value" }, "auth");
    const text = output();
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(PASSKEY);
    expect(text).not.toContain("consumer-secret-value");
    expect(text).not.toContain("Y29uc3VtZXI6c2VjcmV0");
    expect(text).not.toContain("xyz");
    expect(text).toContain("/bot[redacted]/getUpdates");
    expect(text.split("\n")).toHaveLength(4);
  });

  it("logs requests with method, url and address, secrets in the url redacted", async () => {
    const { logger, output } = capture();
    const request = Object.assign(Object.create({ kind: "FastifyRequest" }) as object, {
      method: "POST",
      url: "/mpesa/callback/consumer-secret-value/",
      ip: "196.201.214.200",
    });
    logger.info({ req: request, res: { statusCode: 200 } }, "request completed");
    const line = JSON.parse(output()) as { req: unknown; res: unknown };
    expect(line.req).toEqual({ method: "POST", url: "/mpesa/callback/[redacted]/", remoteAddress: "196.201.214.200" });
    expect(line.res).toEqual({ statusCode: 200 });
  });

  it("redacts a very long URL in time proportional to its length, whatever characters it holds", () => {
    // A URL anyone can send: redaction must not make the loop wait on it (it once took a second for
    // 16,000 digits). Compared with the same logger writing a line of the same length that no pattern
    // starts on, so the test measures the redaction, not the machine.
    const logger = createLogger({ level: "info", format: "json", secrets: [TOKEN, PASSKEY], destination: new PassThrough() });
    const timeToLog = (url: string) => {
      let best = Infinity;
      for (let round = 0; round < 5; round++) {
        const started = performance.now();
        logger.info({ req: { method: "GET", url } }, "incoming request");
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const plain = timeToLog("/" + "a".repeat(100_000));
    const digits = timeToLog("/" + "1".repeat(100_000));
    const almostTokens = timeToLog("/" + "12345678:".repeat(11_111));
    // Linear redaction costs a few times the plain line; the quadratic one cost thousands of times as
    // much at this length. The margin is wide so a loaded machine's noise cannot fail it.
    expect(digits / plain).toBeLessThan(100);
    expect(almostTokens / plain).toBeLessThan(100);
  });

  it("still redacts a token after a long run of digits", () => {
    expect(redactText(`${"9".repeat(40)}${TOKEN}/getMe`, [])).not.toContain(TOKEN.split(":")[1]);
  });
});
