// An axios adapter standing in for Daraja in client unit tests: canned answers per endpoint,
// socket errors on demand, and a record of what the client sent.
import { AxiosError, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from "axios";

export type Endpoint = "token" | "push" | "query" | "register" | "status";

interface SentRequest {
  endpoint: Endpoint;
  method: string;
  url: string;
  headers: Record<string, string>;
  params: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
}

export type Answer = { status: number; body?: unknown } | { socketError: string } | (() => Promise<{ status: number; body?: unknown }>);

function endpointOf(url: string): Endpoint {
  if (url.includes("/oauth/v1/generate")) return "token";
  if (url.includes("/stkpushquery/")) return "query";
  if (url.includes("/stkpush/")) return "push";
  if (url.includes("/c2b/v1/registerurl")) return "register";
  if (url.includes("/transactionstatus/v1/query")) return "status";
  throw new Error(`unexpected url ${url}`);
}

const TOKEN_ANSWER = { status: 200, body: { access_token: "token-1", expires_in: "3599" } };

export function fakeDaraja(script: Partial<Record<Endpoint, Answer[]>> = {}, fallback: Partial<Record<Endpoint, Answer>> = {}) {
  const sent: SentRequest[] = [];
  const queues: Record<Endpoint, Answer[]> = {
    token: [...(script.token ?? [])],
    push: [...(script.push ?? [])],
    query: [...(script.query ?? [])],
    register: [...(script.register ?? [])],
    status: [...(script.status ?? [])],
  };
  const defaults: Record<Endpoint, Answer> = {
    token: fallback.token ?? TOKEN_ANSWER,
    push: fallback.push ?? {
      status: 200,
      body: {
        MerchantRequestID: "1-2-1",
        CheckoutRequestID: "ws_CO_1",
        ResponseCode: "0",
        ResponseDescription: "Success. Request accepted for processing",
        CustomerMessage: "Success",
      },
    },
    query: fallback.query ?? { status: 200, body: { ResponseCode: "0", CheckoutRequestID: "ws_CO_1", ResultCode: "0", ResultDesc: "ok" } },
    register: fallback.register ?? { status: 200, body: { OriginatorCoversationID: "7619-37765134-1", ResponseCode: "0", ResponseDescription: "Success" } },
    status: fallback.status ?? {
      status: 200,
      body: {
        OriginatorConversationID: "5118-111210482-1",
        ConversationID: "AG_20210628_010040c2b6d7d3b1a9f1",
        ResponseCode: "0",
        ResponseDescription: "Accept the service request successfully.",
      },
    },
  };

  const adapter: AxiosAdapter = async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    const url = `${config.baseURL ?? ""}${config.url ?? ""}`;
    const endpoint = endpointOf(url);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(config.headers.toJSON())) headers[name.toLowerCase()] = String(value);
    sent.push({
      endpoint,
      method: (config.method ?? "get").toUpperCase(),
      url,
      headers,
      params: (config.params as Record<string, unknown> | undefined) ?? {},
      body: typeof config.data === "string" ? (JSON.parse(config.data) as Record<string, unknown>) : undefined,
    });
    const scripted = queues[endpoint].shift() ?? defaults[endpoint];
    if ("socketError" in scripted) throw new AxiosError(`socket ${scripted.socketError}`, scripted.socketError, config);
    const answer = typeof scripted === "function" ? await scripted() : scripted;
    const data = answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    return { data, status: answer.status, statusText: String(answer.status), headers: {}, config, request: {} };
  };

  return { adapter, sent, count: (endpoint: Endpoint) => sent.filter((request) => request.endpoint === endpoint).length };
}
