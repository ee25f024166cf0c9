import { signInOverHttp } from "./server";

/**
 * The portal over plain HTTP, as a browser without JavaScript would use it: a
 * session cookie, the CSRF token of the last page, redirects not followed.
 * For end-to-end tests and benchmarks that need many sessions or raw requests.
 */
export type Answer = { status: number; location: string | null; html: string };

export class PortalClient {
  csrf = "";
  constructor(
    readonly baseUrl: string,
    readonly cookie: string,
  ) {}

  static async signIn(baseUrl: string, hetu: string, lang = "fi"): Promise<PortalClient> {
    const client = new PortalClient(baseUrl, await signInOverHttp(baseUrl, hetu, lang));
    await client.get(`/${lang}`);
    return client;
  }

  async get(path: string): Promise<Answer> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { cookie: this.cookie }, redirect: "manual" });
    return this.remember(response);
  }

  async post(path: string, fields: Record<string, string>, csrf = this.csrf): Promise<Answer> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: "POST",
      headers: { cookie: this.cookie, "content-type": "application/x-www-form-urlencoded", origin: this.baseUrl },
      body: new URLSearchParams({ csrf, ...fields }).toString(),
      redirect: "manual",
    });
    return this.remember(response);
  }

  private async remember(response: Response): Promise<Answer> {
    const html = await response.text();
    const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
    if (token) this.csrf = token;
    return { status: response.status, location: response.headers.get("location"), html };
  }
}

/** Answers for a lost card, step by step (the slug of each step's URL). */
export const LOST_CARD_ANSWERS: Record<string, Record<string, string>> = {
  reason: { reason: "lost" },
  lost: { explanation: "Kadonnut." },
  urgency: { urgent: "no" },
  delivery: { address: "yes" },
};

/**
 * Goes through the card journey up to its check page, answering each step it
 * reaches (plus `extra` fields on every step); returns the draft id the check
 * page submits. `inspect` sees every answer.
 */
export async function journeyToCheck(
  client: PortalClient,
  options: { lang?: string; extra?: Record<string, string>; inspect?: (answer: Answer, what: string) => void } = {},
): Promise<string> {
  const inspect = options.inspect ?? (() => undefined);
  let path = `/${options.lang ?? "fi"}/kela-card/apply`;
  for (let hops = 0; hops < 15; hops += 1) {
    const page = await client.get(path);
    inspect(page, `GET ${path}`);
    if (page.status === 302) {
      path = page.location!;
      continue;
    }
    if (page.status !== 200) throw new Error(`GET ${path}: ${page.status}`);
    const slug = path.split("/").pop()!;
    if (slug === "check") return /name="draft" value="([^"]*)"/.exec(page.html)![1]!;
    const sent = await client.post(path, { ...(LOST_CARD_ANSWERS[slug] ?? {}), ...options.extra });
    inspect(sent, `POST ${path}`);
    if (sent.status !== 302) throw new Error(`POST ${path}: ${sent.status}`);
    path = sent.location!;
  }
  throw new Error("The card journey did not reach its check page");
}

/** Submits the application on the check page; returns the answer (a 302 to the confirmation when accepted). */
export function submitApplication(client: PortalClient, draft: string, lang = "fi"): Promise<Answer> {
  return client.post(`/${lang}/kela-card/apply/check`, { draft });
}
