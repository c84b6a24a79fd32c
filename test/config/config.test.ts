import { describe, expect, it } from "vitest";
import { ConfigError, DARAJA_HOSTS, DEFAULT_DATABASE_URL, parseConfig, SIMULATOR_DEFAULTS, SIMULATOR_PREFIX } from "../../src/config/index.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
const base = { TELEGRAM_BOT_TOKEN: TOKEN };

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("config", () => {
  it("takes a PostgreSQL URL (postgresql:// or postgres://) and its pool size, 10 connections unless set", () => {
    for (const url of ["postgresql://cafe:secret@db.example.org:5432/cafe", "postgres://cafe@localhost/cafe"]) {
      expect(parseConfig({ ...base, DATABASE_URL: url }).service).toMatchObject({ databaseUrl: url, databasePoolSize: 10 });
    }
    expect(parseConfig({ ...base, DATABASE_POOL_SIZE: "25" }).service.databasePoolSize).toBe(25);
  });

  it("runs on embedded defaults with only a bot token", () => {
    const config = parseConfig(base);
    expect(config.telegram.apiRoot).toBe("https://api.telegram.org");
    expect(config.telegram.publicUrl).toBeUndefined();
    expect(config.mpesa.environment).toBe("simulator");
    expect(config.mpesa.baseUrl).toBe(`http://127.0.0.1:3000${SIMULATOR_PREFIX}`);
    expect(config.mpesa.callbackUrl).toBe("http://127.0.0.1:3000/mpesa/callback/");
    expect(config.mpesa.businessShortCode).toBe(SIMULATOR_DEFAULTS.shortcode);
    expect(config.service.databaseUrl).toBe(DEFAULT_DATABASE_URL);
    expect(config.service.databaseUrl).toMatch(/^file:.*\/data\/cafe\.db$/);
    expect(config.service.port).toBe(3000);
    expect(config.service.timezone).toBe("Africa/Nairobi");
    expect(config.service.closingMinute).toBe(22 * 60);
    expect(config.billing).toEqual({ ratePerHourKes: 100, minimumChargeKes: 1, rounding: "HALF_UP", maxOperatorDiscountKes: 50 });
  });

  it("is frozen all the way down", () => {
    const config = parseConfig(base);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.mpesa)).toBe(true);
    expect(Object.isFrozen(config.telegram.adminIds)).toBe(true);
  });

  it("lists every problem at once, each saying how to fix it", () => {
    const problems = problemsOf({
      PORT: "eighty",
      MPESA_ENVIRONMENT: "live",
      BUSINESS_TIMEZONE: "Nairobi",
      ADMIN_TELEGRAM_IDS: "12345, @jane",
      BILLING_RATE_PER_HOUR: "99.5",
      BUSINESS_CLOSING_TIME: "10pm",
    });
    expect(problems).toHaveLength(7);
    expect(problems.join("\n")).toMatch(/TELEGRAM_BOT_TOKEN is required.*BotFather/);
    expect(problems.join("\n")).toContain("PORT must be a whole number");
    expect(problems.join("\n")).toContain("MPESA_ENVIRONMENT must be one of: sandbox, production, simulator");
    expect(problems.join("\n")).toContain('BUSINESS_TIMEZONE "Nairobi" is not a time zone');
    expect(problems.join("\n")).toContain('"@jane" is not one');
    expect(problems.join("\n")).toContain("BILLING_RATE_PER_HOUR must be a whole number");
    expect(problems.join("\n")).toContain("BUSINESS_CLOSING_TIME must be a time of day as HH:MM on a 24-hour clock, e.g. 22:00");
  });

  it("reads the closing time as minutes after midnight", () => {
    expect(parseConfig({ ...base, BUSINESS_CLOSING_TIME: "23:30" }).service.closingMinute).toBe(23 * 60 + 30);
    expect(parseConfig({ ...base, BUSINESS_CLOSING_TIME: " 12:00 " }).service.closingMinute).toBe(12 * 60);
    expect(problemsOf({ BUSINESS_CLOSING_TIME: "24:00" })).toContainEqual(expect.stringContaining("BUSINESS_CLOSING_TIME must be a time of day"));
  });

  it("refuses a closing time in the morning or after midnight: the summary would be of a day just begun", () => {
    for (const early of ["00:30", "7:05", "11:59"]) {
      expect(problemsOf({ BUSINESS_CLOSING_TIME: early })).toContainEqual(expect.stringContaining("BUSINESS_CLOSING_TIME must be between 12:00 and 23:59"));
    }
  });

  it("formats the start-up message as one readable block without a stack", () => {
    const error = new ConfigError(["A is required", "B is wrong"]);
    expect(error.message).toBe(
      "The service cannot start: 2 settings need attention.\n  - A is required\n  - B is wrong\n" +
        "Set them in the environment or in the .env file at the project root (see .env.example).",
    );
  });

  it("rejects a malformed bot token without echoing it", () => {
    const problems = problemsOf({ TELEGRAM_BOT_TOKEN: "not-a-token" });
    expect(problems).toEqual([expect.stringContaining("does not look like a bot token")]);
    expect(problems[0]).not.toContain("not-a-token");
  });

  it("webhook mode needs an https PUBLIC_URL and a valid secret", () => {
    const simulator = { ...base, MPESA_ENVIRONMENT: "simulator" };
    expect(problemsOf({ ...simulator, PUBLIC_URL: "https://cafe.example.org" })).toEqual([
      expect.stringContaining("TELEGRAM_WEBHOOK_SECRET is required when PUBLIC_URL is set"),
    ]);
    expect(problemsOf({ ...simulator, PUBLIC_URL: "http://cafe.example.org", TELEGRAM_WEBHOOK_SECRET: "s3cret" })).toEqual([
      expect.stringContaining("PUBLIC_URL must be an https:// URL"),
    ]);
    expect(problemsOf({ ...simulator, PUBLIC_URL: "https://cafe.example.org", TELEGRAM_WEBHOOK_SECRET: "has space" })).toEqual([
      expect.stringContaining("TELEGRAM_WEBHOOK_SECRET may only hold"),
    ]);
    const config = parseConfig({ ...simulator, PUBLIC_URL: "https://cafe.example.org/", TELEGRAM_WEBHOOK_SECRET: "s3cret_-X" });
    expect(config.telegram.publicUrl).toBe("https://cafe.example.org");
    expect(config.mpesa.callbackUrl).toBe("https://cafe.example.org/mpesa/callback/");
  });

  it("reads the managers' ids", () => {
    expect(parseConfig({ ...base, ADMIN_TELEGRAM_IDS: " 111, 222 ,," }).telegram.adminIds).toEqual([111, 222]);
  });

  it("chooses sandbox when a consumer key is set and then requires every Daraja key", () => {
    const problems = problemsOf({ ...base, MPESA_CONSUMER_KEY: "abc" });
    expect(problems.join("\n")).toContain("MPESA_CONSUMER_SECRET is required with MPESA_ENVIRONMENT=sandbox");
    expect(problems.join("\n")).toContain("MPESA_PASSKEY is required");
    expect(problems.join("\n")).toContain("MPESA_EXPRESS_SHORTCODE (or MPESA_SHORTCODE) is required");
    expect(problems.join("\n")).toContain("MPESA_CALLBACK_URL (or PUBLIC_URL) is required");
  });

  const sandbox = {
    ...base,
    MPESA_ENVIRONMENT: "sandbox",
    MPESA_CONSUMER_KEY: "key123456",
    MPESA_CONSUMER_SECRET: "secret123456",
    MPESA_PASSKEY: SIMULATOR_DEFAULTS.passkey,
    MPESA_SHORTCODE: "174379",
    MPESA_CALLBACK_URL: "https://cafe.example.org/mpesa/callback/",
  };

  it("accepts the original app's .env for a paybill, with or without MPESA_EXPRESS_SHORTCODE", () => {
    const config = parseConfig(sandbox);
    expect(config.mpesa.baseUrl).toBe(DARAJA_HOSTS.sandbox);
    expect(config.mpesa.businessShortCode).toBe("174379");
    expect(config.mpesa.partyB).toBe("174379");
    expect(config.mpesa.callbackUrl).toBe("https://cafe.example.org/mpesa/callback/");
    expect(parseConfig({ ...sandbox, MPESA_EXPRESS_SHORTCODE: "174379" }).mpesa.businessShortCode).toBe("174379");
  });

  it("a till pushes from the store number to the till number", () => {
    const config = parseConfig({ ...sandbox, MPESA_SHORTCODE_TYPE: "till_number", MPESA_SHORTCODE: "5432100", MPESA_EXPRESS_SHORTCODE: "765432" });
    expect(config.mpesa.businessShortCode).toBe("765432");
    expect(config.mpesa.partyB).toBe("5432100");
    expect(problemsOf({ ...sandbox, MPESA_SHORTCODE_TYPE: "till_number" }).join("\n")).toContain("MPESA_EXPRESS_SHORTCODE is required");
  });

  it("derives the callback URL from PUBLIC_URL when MPESA_CALLBACK_URL is empty or the guide's placeholder", () => {
    const env = { ...sandbox, PUBLIC_URL: "https://desk.cafe.co.ke", TELEGRAM_WEBHOOK_SECRET: "abc" };
    expect(parseConfig({ ...env, MPESA_CALLBACK_URL: "" }).mpesa.callbackUrl).toBe("https://desk.cafe.co.ke/mpesa/callback/");
    expect(parseConfig({ ...env, MPESA_CALLBACK_URL: "https://<public-domain>/mpesa/callback/" }).mpesa.callbackUrl).toBe(
      "https://desk.cafe.co.ke/mpesa/callback/",
    );
  });

  it("production callbacks must be https", () => {
    const problems = problemsOf({
      ...sandbox,
      MPESA_ENVIRONMENT: "production",
      MPESA_CALLBACK_URL: "http://cafe.example.org/mpesa/callback/",
      MPESA_CALLBACK_SECRET: "abcdefghij0123456789",
    });
    expect(problems).toEqual([expect.stringContaining("MPESA_CALLBACK_URL must be an https:// URL")]);
  });

  it("production needs the callback secret (Safaricom's callbacks are unsigned); an address allow-list is extra, not instead", () => {
    const production = { ...sandbox, MPESA_ENVIRONMENT: "production" };
    const problems = problemsOf(production);
    expect(problems).toEqual([expect.stringContaining("MPESA_CALLBACK_SECRET is required with MPESA_ENVIRONMENT=production")]);
    expect(problems[0]).toContain("unsigned");
    expect(problems[0]).toContain("CheckoutRequestID");
    expect(problems[0]).toContain("openssl rand -hex 24");
    expect(problemsOf({ ...production, MPESA_CALLBACK_ALLOWED_IPS: "196.201.214.200" })).toEqual([
      expect.stringContaining("MPESA_CALLBACK_SECRET is required with MPESA_ENVIRONMENT=production"),
    ]);
    // A bad secret is reported as such, not twice.
    expect(problemsOf({ ...production, MPESA_CALLBACK_SECRET: "short" })).toEqual([expect.stringContaining("MPESA_CALLBACK_SECRET must be 16-128")]);

    expect(parseConfig({ ...production, MPESA_CALLBACK_SECRET: "abcdefghij0123456789" }).mpesa.callbackUrl).toBe(
      "https://cafe.example.org/mpesa/callback/abcdefghij0123456789/",
    );
    expect(
      parseConfig({ ...production, MPESA_CALLBACK_SECRET: "abcdefghij0123456789", MPESA_CALLBACK_ALLOWED_IPS: "196.201.214.200" }).mpesa.callbackAllowedIps,
    ).toEqual(["196.201.214.200"]);
    // Sandbox and the simulator do not insist.
    expect(parseConfig(sandbox).mpesa.callbackSecret).toBeUndefined();
  });

  it("simulator mode uses the service's own address for Daraja and the callback", () => {
    const config = parseConfig({ ...base, HOST: "127.0.0.1", PORT: "8080" });
    expect(config.mpesa.baseUrl).toBe("http://127.0.0.1:8080/daraja-simulator");
    expect(config.mpesa.callbackUrl).toBe("http://127.0.0.1:8080/mpesa/callback/");
  });

  it("reads billing defaults and the rounding rule", () => {
    const config = parseConfig({ ...base, BILLING_RATE_PER_HOUR: "60", BILLING_MINIMUM_CHARGE: "10", BILLING_ROUNDING: "UP" });
    expect(config.billing).toEqual({ ratePerHourKes: 60, minimumChargeKes: 10, rounding: "UP", maxOperatorDiscountKes: 50 });
    expect(problemsOf({ ...base, BILLING_MINIMUM_CHARGE: "0" })).toEqual(["BILLING_MINIMUM_CHARGE must be at least 1"]);
    expect(problemsOf({ ...base, BILLING_ROUNDING: "bankers" })).toEqual(["BILLING_ROUNDING must be one of: half_up, up, down"]);
  });

  it("reads how much an operator may take off without a manager", () => {
    expect(parseConfig({ ...base, MAX_OPERATOR_DISCOUNT_KES: "0" }).billing.maxOperatorDiscountKes).toBe(0);
    expect(parseConfig({ ...base, MAX_OPERATOR_DISCOUNT_KES: "200" }).billing.maxOperatorDiscountKes).toBe(200);
    expect(problemsOf({ ...base, MAX_OPERATOR_DISCOUNT_KES: "-5" })).toEqual(["MAX_OPERATOR_DISCOUNT_KES must be a whole number"]);
  });

  it("reads after how many hours a running session is reported", () => {
    expect(parseConfig(base).alerts.longSessionAfterMs).toBe(8 * 60 * 60 * 1000);
    expect(parseConfig({ ...base, LONG_SESSION_ALERT_HOURS: "12" }).alerts.longSessionAfterMs).toBe(12 * 60 * 60 * 1000);
    expect(problemsOf({ ...base, LONG_SESSION_ALERT_HOURS: "0" })).toEqual(["LONG_SESSION_ALERT_HOURS must be at least 1"]);
    expect(problemsOf({ ...base, LONG_SESSION_ALERT_HOURS: "1.5" })).toEqual(["LONG_SESSION_ALERT_HOURS must be a whole number"]);
  });

  it("puts the callback secret in the URL given to Daraja, and checks the callback settings", () => {
    const config = parseConfig({ ...base, MPESA_CALLBACK_SECRET: "abcdefghij0123456789", MPESA_CALLBACK_ALLOWED_IPS: "196.201.214.200, 196.201.213.44" });
    expect(config.mpesa.callbackUrl).toBe("http://127.0.0.1:3000/mpesa/callback/abcdefghij0123456789/");
    expect(config.mpesa.callbackAllowedIps).toEqual(["196.201.214.200", "196.201.213.44"]);
    expect(config.mpesa.reconcileAfterMs).toBe(60_000);
    expect(config.mpesa.reconcileGiveUpMs).toBe(600_000);
    expect(
      problemsOf({
        ...base,
        MPESA_CALLBACK_SECRET: "short",
        MPESA_CALLBACK_ALLOWED_IPS: "safaricom",
        MPESA_RECONCILE_AFTER_S: "600",
        MPESA_RECONCILE_GIVE_UP_S: "300",
      }),
    ).toEqual([
      expect.stringContaining("MPESA_CALLBACK_SECRET must be 16-128"),
      expect.stringContaining('"safaricom" is not one'),
      "MPESA_RECONCILE_GIVE_UP_S must be longer than MPESA_RECONCILE_AFTER_S",
    ]);
  });

  it("TRUST_PROXY is off by default, and takes a number of proxies or the proxies' addresses, never a blanket true", () => {
    expect(parseConfig(base).service.trustProxy).toBe(false);
    expect(parseConfig({ ...base, TRUST_PROXY: "false" }).service.trustProxy).toBe(false);
    expect(parseConfig({ ...base, TRUST_PROXY: " " }).service.trustProxy).toBe(false);
    expect(parseConfig({ ...base, TRUST_PROXY: "1" }).service.trustProxy).toBe(1);
    expect(parseConfig({ ...base, TRUST_PROXY: "127.0.0.1, 10.0.0.0/8,fd00::/8" }).service.trustProxy).toEqual(["127.0.0.1", "10.0.0.0/8", "fd00::/8"]);
    for (const blanket of ["true", "TRUE", "yes"]) {
      const problems = problemsOf({ ...base, TRUST_PROXY: blanket });
      expect(problems).toEqual([expect.stringContaining(`TRUST_PROXY=${blanket} is not allowed`)]);
      expect(problems[0]).toContain("X-Forwarded-For");
      expect(problems[0]).toContain("TRUST_PROXY=1");
      expect(problems[0]).toContain("TRUST_PROXY=127.0.0.1");
    }
    expect(problemsOf({ ...base, TRUST_PROXY: "0" })).toEqual([expect.stringContaining("TRUST_PROXY must be")]);
    expect(problemsOf({ ...base, TRUST_PROXY: "11" })).toEqual([expect.stringContaining("TRUST_PROXY must be")]);
    expect(problemsOf({ ...base, TRUST_PROXY: "127.0.0.1,nginx" })).toEqual([expect.stringContaining('"nginx" is not an address')]);
    expect(problemsOf({ ...base, TRUST_PROXY: "10.0.0.0/33" })).toEqual([expect.stringContaining('"10.0.0.0/33" is not an address')]);
  });

  it("the callback allow-list takes addresses and CIDR blocks, IPv4 and IPv6", () => {
    const config = parseConfig({ ...base, MPESA_CALLBACK_ALLOWED_IPS: "196.201.214.200, 196.201.212.0/24, 2001:db8::/32" });
    expect(config.mpesa.callbackAllowedIps).toEqual(["196.201.214.200", "196.201.212.0/24", "2001:db8::/32"]);
    expect(problemsOf({ ...base, MPESA_CALLBACK_ALLOWED_IPS: "196.201.212.0/40" })).toEqual([expect.stringContaining('"196.201.212.0/40" is not one')]);
    expect(problemsOf({ ...base, MPESA_CALLBACK_ALLOWED_IPS: "196.201.212.0/" })).toEqual([expect.stringContaining('"196.201.212.0/" is not one')]);
  });

  it("refuses a callback URL whose path is not the callback route, and a database that is neither SQLite nor PostgreSQL", () => {
    expect(problemsOf({ ...base, MPESA_CALLBACK_URL: "https://cafe.example.org/hooks/mpesa" })).toEqual([
      expect.stringContaining("MPESA_CALLBACK_URL must end with /mpesa/callback/"),
    ]);
    expect(parseConfig({ ...base, MPESA_CALLBACK_URL: "https://cafe.example.org/mpesa/callback" }).mpesa.callbackUrl).toBe(
      "https://cafe.example.org/mpesa/callback/",
    );
    expect(problemsOf({ ...base, DATABASE_URL: "mysql://cafe@localhost/cafe" })).toEqual([
      expect.stringContaining("DATABASE_URL must be a SQLite file such as file:./data/cafe.db, or a PostgreSQL URL"),
    ]);
    expect(problemsOf({ ...base, DATABASE_POOL_SIZE: "0" })).toEqual(["DATABASE_POOL_SIZE must be at least 1"]);
  });

  it("never falls back to the simulator, or to sandbox, on a public address or with NODE_ENV=production", () => {
    const webhook = { ...base, PUBLIC_URL: "https://desk.cafe.co.ke", TELEGRAM_WEBHOOK_SECRET: "abc" };
    for (const env of [webhook, { ...base, NODE_ENV: "production" }]) {
      const problems = problemsOf(env);
      expect(problems).toEqual([expect.stringContaining("MPESA_ENVIRONMENT is required when PUBLIC_URL is set or NODE_ENV=production")]);
      expect(problems[0]).toContain("simulator");
      // A consumer key alone does not choose sandbox there either.
      expect(problemsOf({ ...env, ...sandbox, MPESA_ENVIRONMENT: undefined }).join("\n")).toContain("MPESA_ENVIRONMENT is required");
      // Said out loud, each is accepted, the simulator included.
      expect(parseConfig({ ...env, MPESA_ENVIRONMENT: "simulator" }).mpesa.environment).toBe("simulator");
      expect(parseConfig({ ...env, ...sandbox }).mpesa.environment).toBe("sandbox");
    }
    // On a laptop (no public address, not production) the defaults still apply.
    expect(parseConfig(base).mpesa.environment).toBe("simulator");
    expect(parseConfig({ ...sandbox, MPESA_ENVIRONMENT: undefined }).mpesa.environment).toBe("sandbox");
  });

  it("chooses JSON logs in production", () => {
    expect(parseConfig({ ...base, MPESA_ENVIRONMENT: "simulator", NODE_ENV: "production" }).service).toMatchObject({ logFormat: "json", production: true });
    expect(parseConfig({ ...base, NODE_ENV: "development" }).service.production).toBe(false);
    expect(parseConfig({ ...base, LOG_FORMAT: "pretty" }).service.logFormat).toBe("pretty");
  });
});
