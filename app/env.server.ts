import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Mock back end (MSW), test identification, mail catcher and dev mailbox. */
    MOCKS: flag,
    /** Mock mode only: the app clock starts at this instant (ISO 8601). */
    APP_NOW: z.string().datetime({ offset: true }).optional(),
    /** postgres://… switches from the embedded PGlite to a real PostgreSQL. */
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional(),
    /** Where PGlite keeps its files when DATABASE_URL is not set. */
    DATA_DIR: z.string().default("./data"),
    /** Base URL of Kela's back-end API. */
    KELA_API_URL: z.string().url().default("http://kela-backend.mock/api/v1"),
    KELA_API_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
    /** The outbox's first retry waits about this long, doubling per failure (tests shorten it). */
    OUTBOX_RETRY_BASE_MS: z.coerce.number().int().positive().default(5000),
    /** How often each instance's outbox worker looks for due deliveries. */
    OUTBOX_WORKER_INTERVAL_MS: z.coerce.number().int().positive().default(2000),
    /** The portal's public origin, for links in mail. */
    PUBLIC_URL: z.string().url().optional(),
    /** smtp://user:pass@host:port; unset in mock mode starts the in-process mail catcher. */
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
    MAIL_FROM: z.string().default("Kela <no-reply@kela.example>"),
    /** Secure cookies: on in production unless explicitly off (only for local http demos). */
    COOKIE_SECURE: z.enum(["true", "false"]).optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    /** Scales every rate limit (e.g. 0.5 stricter, 1000 for a load test from one address). */
    RATE_LIMIT_MULTIPLIER: z.coerce.number().positive().default(1),
    /** Chat (issue 7): messages per client and minute. */
    CHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
    /** Chat: an OpenAI-compatible endpoint that may only rephrase the bot's answers; off when unset. */
    CHAT_REPHRASE_URL: z.string().url().optional(),
    CHAT_REPHRASE_API_KEY: z.string().optional(),
    CHAT_REPHRASE_MODEL: z.string().default("gpt-4o-mini"),
    CHAT_REPHRASE_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
    /**
     * OpenID Connect identification (Suomi.fi tunnistus). Unset in mock mode: a
     * local oidc-provider at {PUBLIC_URL}/oidc stands in, with the fixture persons.
     */
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.MOCKS && env.KELA_API_URL.includes(".mock/")) {
      ctx.addIssue({ code: "custom", path: ["KELA_API_URL"], message: "is required in production unless MOCKS=true" });
    }
    if (env.NODE_ENV === "production" && !env.MOCKS && !(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET)) {
      ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required in production unless MOCKS=true" });
    }
    if (env.NODE_ENV === "production" && !env.MOCKS && !env.SMTP_URL) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "is required in production unless MOCKS=true (secure-message links are mailed)" });
    }
    if (env.NODE_ENV === "production" && !env.MOCKS && !env.PUBLIC_URL) {
      ctx.addIssue({ code: "custom", path: ["PUBLIC_URL"], message: "is required in production unless MOCKS=true (links in mail point to it)" });
    }
    if (env.APP_NOW && !env.MOCKS) {
      ctx.addIssue({ code: "custom", path: ["APP_NOW"], message: "is only allowed with MOCKS=true" });
    }
  });

export type Env = z.infer<typeof schema> & { publicUrl: string; cookieSecure: boolean };

let cached: Env | undefined;

/** The parsed configuration; throws one clear message listing every bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  cached = {
    ...env,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === "true" : env.NODE_ENV === "production",
  };
  return cached;
}

/** Tests change process.env and call this to re-read it. */
export function resetEnvCache(): void {
  cached = undefined;
}
