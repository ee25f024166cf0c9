import type { z } from "zod";
import {
  cardOrderSchema,
  caseSchema,
  cardListSchema,
  custodySchema,
  guardianshipSchema,
  insuranceSchema,
  mandatesSchema,
  personSchema,
  type CardOrderRequest,
  type CreateCaseRequest,
  type PersonSearchRequest,
} from "~/contracts/kela-api";
import { secureMessageReceiptSchema, type CreateSecureMessageRequest } from "~/contracts/kela-api";
import { getEnv } from "~/env.server";
import { log } from "./logger.server";
import { forgetInRequest, oncePerRequest } from "./request-scope.server";

/**
 * Why a back-end call failed, in terms the portal can act on:
 * - unavailable: 5xx, timeout or network; try again later (or let the outbox retry)
 * - invalid_response: the answer did not match the contract; treat as unavailable
 * - not_found: the back end does not know the thing asked for
 * - rejected: a 4xx other than 404; our request was wrong or refused
 */
export type KelaApiErrorKind = "unavailable" | "invalid_response" | "not_found" | "rejected";

export class KelaApiError extends Error {
  constructor(
    readonly kind: KelaApiErrorKind,
    readonly operation: string,
    readonly status?: number,
  ) {
    super(`Kela API ${operation}: ${kind}${status ? ` (${status})` : ""}`);
    this.name = "KelaApiError";
  }
  /** Worth retrying later: the back end may recover. */
  get transient(): boolean {
    return this.kind === "unavailable" || this.kind === "invalid_response";
  }
}

type RequestOptions = { body?: unknown; idempotencyKey?: string; timeoutMs?: number };

/**
 * One call to the back end: JSON in and out, a timeout, and the answer
 * validated against the contract schema. Paths never carry an identity code.
 * Within one HTTP request a GET is asked once (the root loader and the page
 * both want the person); anything else makes the request forget what it read.
 */
export function kelaRequest<S extends z.ZodTypeAny>(
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  if (method === "GET" && options.body === undefined) return oncePerRequest(`kela:${path}`, () => call(method, path, schema, options));
  forgetInRequest("kela:");
  return call(method, path, schema, options);
}

async function call<S extends z.ZodTypeAny>(method: string, path: string, schema: S, options: RequestOptions): Promise<z.infer<S>> {
  const env = getEnv();
  const operation = `${method} ${path.replace(/\/[^/]*\d[^/]*(?=\/|$)/g, "/:id")}`;
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(`${env.KELA_API_URL}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? env.KELA_API_TIMEOUT_MS),
    });
  } catch (error) {
    log.warn("kela_api.unreachable", { operation, error: error instanceof Error ? error.name : "unknown" });
    throw new KelaApiError("unavailable", operation);
  }
  const ms = Math.round(performance.now() - started);
  if (response.status === 404) throw new KelaApiError("not_found", operation, 404);
  if (response.status >= 500) {
    log.warn("kela_api.error", { operation, status: response.status, ms });
    throw new KelaApiError("unavailable", operation, response.status);
  }
  if (!response.ok) {
    log.warn("kela_api.rejected", { operation, status: response.status, ms });
    throw new KelaApiError("rejected", operation, response.status);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    log.warn("kela_api.invalid_response", { operation, reason: "not json" });
    throw new KelaApiError("invalid_response", operation, response.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    log.warn("kela_api.invalid_response", { operation, issues: parsed.error.issues.map((i) => i.path.join(".")).slice(0, 5) });
    throw new KelaApiError("invalid_response", operation, response.status);
  }
  log.debug("kela_api.ok", { operation, status: response.status, ms });
  return parsed.data;
}

/** Finds a person by identity code or eIDAS identifier; null when the register has no such person. */
export async function searchPerson(query: PersonSearchRequest) {
  try {
    return await kelaRequest("POST", "/persons/search", personSchema, { body: query });
  } catch (error) {
    if (error instanceof KelaApiError && error.kind === "not_found") return null;
    throw error;
  }
}

export const getPerson = (personId: string) => kelaRequest("GET", `/persons/${encodeURIComponent(personId)}`, personSchema);
export const getInsurance = (personId: string) =>
  kelaRequest("GET", `/persons/${encodeURIComponent(personId)}/insurance`, insuranceSchema);
/** Every card ordered for the person, as the back end has them (C-VIEW-1 filtering is the caller's). */
export const getCards = (personId: string) =>
  kelaRequest("GET", `/persons/${encodeURIComponent(personId)}/cards`, cardListSchema).then((r) => r.cards);
export const getCustody = (personId: string) =>
  kelaRequest("GET", `/persons/${encodeURIComponent(personId)}/custody`, custodySchema).then((r) => r.children);
export const getGuardianship = (personId: string) =>
  kelaRequest("GET", `/persons/${encodeURIComponent(personId)}/guardianship`, guardianshipSchema);
export const getMandates = (personId: string) =>
  kelaRequest("GET", `/persons/${encodeURIComponent(personId)}/mandates`, mandatesSchema).then((r) => r.received);

/** A cheap call for the health check. */
export async function pingBackend(): Promise<boolean> {
  const env = getEnv();
  try {
    const response = await fetch(`${env.KELA_API_URL}/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Opens a manual-handling case (idempotent: the same key returns the same case). */
export const createCase = (request: CreateCaseRequest, idempotencyKey: string) =>
  kelaRequest("POST", "/cases", caseSchema, { body: request, idempotencyKey });
export const getCase = (caseId: string) => kelaRequest("GET", `/cases/${encodeURIComponent(caseId)}`, caseSchema);

/** Delivers a secure message to KV-keskus (idempotent: the same key never creates a second message). */
export const createSecureMessage = (request: CreateSecureMessageRequest, idempotencyKey: string) =>
  kelaRequest("POST", "/secure-messages", secureMessageReceiptSchema, { body: request, idempotencyKey });

/** Orders a new card (idempotent: the same key returns the same order, never a second one). */
export const placeCardOrder = (request: CardOrderRequest, idempotencyKey: string) =>
  kelaRequest("POST", "/card-orders", cardOrderSchema, { body: request, idempotencyKey });
