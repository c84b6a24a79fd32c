// The settings of money paid from the M-Pesa menu (C2B) and of Transaction Status.
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, secretsOf, SIMULATOR_DEFAULTS } from "../../src/config/index.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
const base = { TELEGRAM_BOT_TOKEN: TOKEN };
const SECRET = "k3yForCallbacks-0123456789";
const production = {
  ...base,
  MPESA_ENVIRONMENT: "production",
  MPESA_CONSUMER_KEY: "key123456",
  MPESA_CONSUMER_SECRET: "secret123456",
  MPESA_PASSKEY: SIMULATOR_DEFAULTS.passkey,
  MPESA_SHORTCODE: "600638",
  MPESA_CALLBACK_URL: "https://desk.cafe.co.ke/mpesa/callback/",
  MPESA_CALLBACK_SECRET: SECRET,
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("C2B settings", () => {
  it("by default, with the simulator, registers at start (it keeps nothing for good), answers Completed, validates nothing, on this machine's address", () => {
    const { c2b, initiator } = parseConfig(base).mpesa;
    expect(c2b).toEqual({
      register: true,
      responseType: "Completed",
      validate: false,
      shortCode: SIMULATOR_DEFAULTS.shortcode,
      kind: "paybill",
      confirmationUrl: "http://127.0.0.1:3000/payments/confirmation/",
      validationUrl: "http://127.0.0.1:3000/payments/validation/",
      statusResultUrl: "http://127.0.0.1:3000/payments/status/result/",
      statusTimeoutUrl: "http://127.0.0.1:3000/payments/status/timeout/",
    });
    expect(initiator).toEqual({ name: SIMULATOR_DEFAULTS.initiatorName, securityCredential: SIMULATOR_DEFAULTS.securityCredential });
  });

  it("reads the three settings", () => {
    const { c2b } = parseConfig({ ...base, MPESA_C2B_REGISTER: "true", MPESA_C2B_RESPONSE_TYPE: "cancelled", MPESA_C2B_VALIDATE: "yes" }).mpesa;
    expect(c2b).toMatchObject({ register: true, responseType: "Cancelled", validate: true });
    expect(parseConfig({ ...base, MPESA_C2B_RESPONSE_TYPE: "Completed", MPESA_C2B_REGISTER: "false" }).mpesa.c2b).toMatchObject({
      register: false,
      responseType: "Completed",
    });
    expect(problemsOf({ ...base, MPESA_C2B_REGISTER: "maybe", MPESA_C2B_RESPONSE_TYPE: "Accepted" })).toEqual([
      "MPESA_C2B_REGISTER must be true or false",
      "MPESA_C2B_RESPONSE_TYPE must be one of: completed, cancelled",
    ]);
  });

  it("puts the URLs on PUBLIC_URL, else on the callback URL's origin, with the callback secret's segment", () => {
    const fromCallback = parseConfig(production).mpesa.c2b;
    expect(fromCallback).toMatchObject({
      shortCode: "600638",
      confirmationUrl: `https://desk.cafe.co.ke/payments/confirmation/${SECRET}/`,
      validationUrl: `https://desk.cafe.co.ke/payments/validation/${SECRET}/`,
      statusResultUrl: `https://desk.cafe.co.ke/payments/status/result/${SECRET}/`,
      statusTimeoutUrl: `https://desk.cafe.co.ke/payments/status/timeout/${SECRET}/`,
    });
    const fromPublicUrl = parseConfig({
      ...production,
      MPESA_CALLBACK_URL: "https://proxy.example.org/cafe/mpesa/callback/",
      PUBLIC_URL: "https://counter.example.org",
      TELEGRAM_WEBHOOK_SECRET: "abc",
    }).mpesa.c2b;
    expect(fromPublicUrl.confirmationUrl).toBe(`https://counter.example.org/payments/confirmation/${SECRET}/`);
  });

  it("a till's payments are to the till number, a paybill's to the paybill", () => {
    const till = parseConfig({ ...production, MPESA_SHORTCODE_TYPE: "till_number", MPESA_SHORTCODE: "5432100", MPESA_EXPRESS_SHORTCODE: "765432" });
    expect(till.mpesa.c2b).toMatchObject({ shortCode: "5432100", kind: "till" });
    // Prompts may go to another shortcode (MPESA_EXPRESS_SHORTCODE); the menu pays the paybill.
    const paybill = parseConfig({ ...production, MPESA_EXPRESS_SHORTCODE: "174379" });
    expect(paybill.mpesa.c2b).toMatchObject({ shortCode: "600638", kind: "paybill" });
  });

  it("registering in production refuses an address or a secret holding a word Safaricom refuses, without printing the secret", () => {
    expect(parseConfig({ ...production, MPESA_C2B_REGISTER: "true" }).mpesa.c2b.register).toBe(true);

    const host = problemsOf({ ...production, MPESA_C2B_REGISTER: "true", MPESA_CALLBACK_URL: "https://MPesa.cafe.co.ke/mpesa/callback/" });
    expect(host).toEqual([expect.stringContaining('Safaricom refuses C2B URLs containing "mpesa"')]);
    expect(host[0]).toContain("https://mpesa.cafe.co.ke");

    for (const word of ["Safaricom", "SQL", "exe", "cmd", "mpesa"]) {
      const secret = `abcdefgh${word}12345678`;
      const problems = problemsOf({ ...production, MPESA_C2B_REGISTER: "true", MPESA_CALLBACK_SECRET: secret });
      expect(problems).toEqual([expect.stringContaining(`containing "${word.toLowerCase()}", and MPESA_CALLBACK_SECRET`)]);
      expect(problems.join("\n")).not.toContain(secret);
    }
    // HTTPS: PUBLIC_URL and MPESA_CALLBACK_URL must be https:// in production already.
    // Without registering, or in the sandbox, the service may live at such an address.
    expect(() => parseConfig({ ...production, MPESA_CALLBACK_URL: "https://mpesa.cafe.co.ke/mpesa/callback/" })).not.toThrow();
    expect(() =>
      parseConfig({ ...production, MPESA_ENVIRONMENT: "sandbox", MPESA_C2B_REGISTER: "true", MPESA_CALLBACK_URL: "https://mpesa.cafe.co.ke/mpesa/callback/" }),
    ).not.toThrow();
  });
});

describe("Transaction Status settings", () => {
  it("takes both the initiator and its security credential, or neither", () => {
    expect(parseConfig(production).mpesa.initiator).toBeUndefined();
    const credential = "Safaricom999!*encrypted-base64==";
    const config = parseConfig({ ...production, MPESA_INITIATOR_NAME: "cafeapi", MPESA_SECURITY_CREDENTIAL: credential });
    expect(config.mpesa.initiator).toEqual({ name: "cafeapi", securityCredential: credential });
    expect(secretsOf(config)).toContain(credential);

    const onlyCredential = problemsOf({ ...production, MPESA_SECURITY_CREDENTIAL: credential });
    expect(onlyCredential).toEqual([expect.stringContaining("MPESA_INITIATOR_NAME is required with MPESA_SECURITY_CREDENTIAL")]);
    expect(onlyCredential.join("\n")).not.toContain(credential);
    expect(problemsOf({ ...production, MPESA_INITIATOR_NAME: "cafeapi" })).toEqual([
      expect.stringContaining("MPESA_SECURITY_CREDENTIAL is required with MPESA_INITIATOR_NAME"),
    ]);
  });

  it("the simulator uses the given initiator over its own", () => {
    expect(parseConfig({ ...base, MPESA_INITIATOR_NAME: "me", MPESA_SECURITY_CREDENTIAL: "pw-for-the-simulator" }).mpesa.initiator).toEqual({
      name: "me",
      securityCredential: "pw-for-the-simulator",
    });
  });
});
