// Daraja's clock is East Africa Time (UTC+3, no daylight saving), whatever the server's time zone.
// Computed from the UTC fields, so neither TZ nor the host's zone database can shift it.

const EAT_OFFSET_MS = 3 * 60 * 60 * 1000;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** `YYYYMMDDHHmmss` in East Africa Time. */
export function darajaTimestamp(at: Date): string {
  const eat = new Date(at.getTime() + EAT_OFFSET_MS);
  return (
    pad(eat.getUTCFullYear(), 4) +
    pad(eat.getUTCMonth() + 1) +
    pad(eat.getUTCDate()) +
    pad(eat.getUTCHours()) +
    pad(eat.getUTCMinutes()) +
    pad(eat.getUTCSeconds())
  );
}

/** base64(BusinessShortCode + Passkey + Timestamp), as Daraja checks it. */
export function stkPassword(businessShortCode: string, passkey: string, timestamp: string): string {
  return Buffer.from(businessShortCode + passkey + timestamp, "utf8").toString("base64");
}

/**
 * Reads a `YYYYMMDDHHmmss` East Africa Time stamp (string or number, as callbacks send it).
 * Undefined when it is not a real moment (wrong length, 31 February, hour 25...).
 */
export function parseDarajaTimestamp(value: string | number): Date | undefined {
  const text = typeof value === "number" ? (Number.isSafeInteger(value) ? String(value) : "") : value.trim();
  if (!/^\d{14}$/.test(text)) return undefined;
  const part = (from: number, to: number) => Number(text.slice(from, to));
  const utcMs = Date.UTC(part(0, 4), part(4, 6) - 1, part(6, 8), part(8, 10), part(10, 12), part(12, 14)) - EAT_OFFSET_MS;
  const date = new Date(utcMs);
  // Date.UTC rolls 31 February over into March; a real stamp reads back unchanged.
  return darajaTimestamp(date) === text ? date : undefined;
}
