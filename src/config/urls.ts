/** True for a URL still holding the example's placeholder. */
export function isPlaceholderUrl(url: string): boolean {
  return /[<>]|your-domain|public-domain/i.test(url);
}

/** The URL without its trailing slashes; undefined (and a problem) when it is not an http(s) URL. */
export function parseHttpUrl(value: string, name: string, problems: string[], requireHttps = false): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("not http");
    if (requireHttps && url.protocol !== "https:") {
      problems.push(`${name} must be an https:// URL (Safaricom and Telegram only call public HTTPS addresses); it is ${value}`);
      return undefined;
    }
    if (/\s/.test(value)) throw new Error("spaces");
    return value.replace(/\/+$/, "");
  } catch {
    problems.push(`${name} must be a full URL such as https://cafe.example.com; it is "${value}"`);
    return undefined;
  }
}
