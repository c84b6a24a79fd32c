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
    const request = Object.assign(Object.create({ kind: "FastifyRequest" }), { method: "POST", url: "/mpesa/callback/consumer-secret-value/", ip: "196.201.214.200" });
    logger.info({ req: request, res: { statusCode: 200 } }, "request completed");
    const line = JSON.parse(output()) as { req: unknown; res: unknown };
    expect(line.req).toEqual({ method: "POST", url: "/mpesa/callback/[redacted]/", remoteAddress: "196.201.214.200" });
    expect(line.res).toEqual({ statusCode: 200 });
  });
});
