// Lists of addresses and CIDR blocks (the callback allow-list, the trusted proxies).
import { BlockList, isIP } from "node:net";

/** No proxy; a number of proxies in front; or the proxies' addresses and CIDR blocks. */
export type TrustProxy = false | number | readonly string[];

const MAX_PROXY_HOPS = 10;

/** An address (`196.201.214.200`, `2001:db8::1`) or a CIDR block (`196.201.212.0/24`, `2001:db8::/32`); undefined when it is neither. */
function addressRange(entry: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | undefined {
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const bits = version === 4 ? 32 : 128;
  if (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits)) return undefined;
  return { address, prefix: prefix === undefined ? bits : Number(prefix), family: version === 4 ? "ipv4" : "ipv6" };
}

/** The comma-separated addresses and CIDR blocks of a setting; each bad entry is a problem. */
export function addressEntries(text: string | undefined, problem: (entry: string) => string, problems: string[]): string[] {
  const entries: string[] = [];
  for (const entry of (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (addressRange(entry)) entries.push(entry);
    else problems.push(problem(entry));
  }
  return entries;
}

/**
 * Whether an address is in a list of addresses and CIDR blocks (as checked by parseConfig). An
 * IPv4-mapped IPv6 address (`::ffff:196.201.214.200`, what a server listening on `::` sees) matches
 * its IPv4 entry; anything that is not an address matches nothing.
 */
export function addressMatcher(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const range = addressRange(entry);
    if (!range) throw new Error(`not an address or CIDR block: ${entry}`);
    list.addSubnet(range.address, range.prefix, range.family);
  }
  return (address) => {
    const version = isIP(address);
    return version !== 0 && list.check(address, version === 4 ? "ipv4" : "ipv6");
  };
}

export function parseTrustProxy(value: string | undefined, problems: string[]): TrustProxy {
  if (value === undefined || value.toLowerCase() === "false") return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops >= 1 && hops <= MAX_PROXY_HOPS) return hops;
    problems.push(`TRUST_PROXY must be false, the number of proxies in front of the service (1-${MAX_PROXY_HOPS}), or the proxies' addresses; it is ${value}`);
    return false;
  }
  if (/^(true|yes|on)$/i.test(value)) {
    problems.push(
      `TRUST_PROXY=${value} is not allowed: it would believe the whole X-Forwarded-For header, which any caller can fill in (a forged ` +
        "callback would pass the address allow-list). Write the number of proxies in front of the service (TRUST_PROXY=1 for one " +
        "nginx or Caddy), or better their addresses or CIDR blocks (e.g. TRUST_PROXY=127.0.0.1 or TRUST_PROXY=127.0.0.1,10.0.0.0/8); " +
        "without a proxy, false",
    );
    return false;
  }
  return addressEntries(
    value,
    (entry) =>
      `TRUST_PROXY must be false, a number of proxies, or the proxies' addresses or CIDR blocks separated by commas; "${entry}" is not an address or CIDR block`,
    problems,
  );
}
