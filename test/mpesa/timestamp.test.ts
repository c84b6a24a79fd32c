import { afterEach, describe, expect, it } from "vitest";
import { darajaTimestamp, parseDarajaTimestamp, stkPassword } from "../../src/mpesa/timestamp.js";

const SANDBOX_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";

describe("STK password", () => {
  it("matches Safaricom's published test vector", () => {
    expect(stkPassword("174379", SANDBOX_PASSKEY, "20210628092408")).toBe(
      "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjEwNjI4MDkyNDA4",
    );
  });
});

describe("East Africa Time stamps", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it("is UTC+3", () => {
    expect(darajaTimestamp(new Date("2021-06-28T06:24:08Z"))).toBe("20210628092408");
  });

  it("rolls over midnight, month and year ends in Nairobi, not in UTC", () => {
    expect(darajaTimestamp(new Date("2023-12-31T21:00:00Z"))).toBe("20240101000000");
    expect(darajaTimestamp(new Date("2024-02-29T20:59:59Z"))).toBe("20240229235959");
    expect(darajaTimestamp(new Date("2024-02-29T21:00:00Z"))).toBe("20240301000000");
  });

  it("does not depend on the server's time zone or daylight saving", () => {
    const moment = new Date("2024-03-31T01:30:00Z"); // Europe's clocks change that night
    for (const zone of ["America/Los_Angeles", "Europe/London", "Asia/Tokyo", "UTC"]) {
      process.env.TZ = zone;
      expect(darajaTimestamp(moment), zone).toBe("20240331043000");
    }
  });

  it("reads callback dates back as East Africa Time", () => {
    expect(parseDarajaTimestamp(20191219102115)?.toISOString()).toBe("2019-12-19T07:21:15.000Z");
    expect(parseDarajaTimestamp("20240101000000")?.toISOString()).toBe("2023-12-31T21:00:00.000Z");
  });

  it("refuses stamps that are not a real moment", () => {
    expect(parseDarajaTimestamp("20240231120000")).toBeUndefined();
    expect(parseDarajaTimestamp("2024010112000")).toBeUndefined();
    expect(parseDarajaTimestamp("2024-01-01 12:00")).toBeUndefined();
    expect(parseDarajaTimestamp(20240101250000)).toBeUndefined();
    expect(parseDarajaTimestamp(2.5)).toBeUndefined();
  });
});
