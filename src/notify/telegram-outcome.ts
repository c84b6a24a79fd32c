// What a Telegram call's failure means for an outbox row: wait, try again later, or give up.
import { GrammyError, HttpError } from "grammy";
import { redactText } from "../logger.js";

const LAST_ERROR_MAX_LENGTH = 500;

export type Outcome =
  | { kind: "sent" }
  | { kind: "rate_limited"; retryAfterSeconds: number; error: string }
  | { kind: "transient"; error: string; cause: unknown }
  | { kind: "permanent"; error: string };

/** The name and code (or type) of the error under an HttpError, e.g. "FetchError ECONNRESET". */
function innerDetail(inner: unknown): string {
  if (typeof inner !== "object" || inner === null) return "";
  const name = "name" in inner ? inner.name : undefined;
  const code = ("code" in inner ? inner.code : undefined) ?? ("type" in inner ? inner.type : undefined);
  return [name, code].filter((part) => typeof part === "string" && part !== "").join(" ");
}

export function classify(error: unknown): Outcome {
  const description = describeError(error);
  if (error instanceof GrammyError) {
    if (error.error_code === 429) {
      const retryAfter = Number(error.parameters.retry_after);
      return { kind: "rate_limited", retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 5, error: description };
    }
    // 5xx: Telegram's trouble. 401/404: a token or address problem to fix, not this message's fault.
    if (error.error_code >= 500 || error.error_code === 401 || error.error_code === 404) return { kind: "transient", error: description, cause: error };
    // 400 (chat not found, bad request), 403 (blocked by the user, kicked, deactivated): won't get better.
    return { kind: "permanent", error: description };
  }
  // HttpError (network, timeout, a non-JSON 5xx page) and anything unexpected: try again later.
  return { kind: "transient", error: description, cause: error };
}

/** Why a call failed, fit for the database: no URL, no bot token, bounded length. */
export function describeError(error: unknown): string {
  let text: string;
  if (error instanceof GrammyError) {
    text = `${error.error_code}: ${error.description}`;
  } else if (error instanceof HttpError) {
    const detail = innerDetail(error.error);
    text = detail ? `${error.message} (${detail})` : error.message;
  } else if (error instanceof Error) {
    text = `${error.name}: ${error.message}`;
  } else {
    text = String(error);
  }
  // A URL starts only where a run of scheme characters starts: tried from every letter of a long run,
  // the pattern would take time growing with the square of its length.
  const withoutUrls = text.replace(/(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/\S+/gi, "[url]");
  return redactText(withoutUrls, []).slice(0, LAST_ERROR_MAX_LENGTH);
}

export function isNotModified(description: string): boolean {
  return /message is not modified/i.test(description);
}

export function cannotEdit(description: string): boolean {
  return /message to edit not found|message can't be edited|message_id_invalid|there is no text in the message to edit|message not found/i.test(description);
}
