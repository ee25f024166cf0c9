import type { Lang } from "~/i18n/languages";
import type { Basis } from "./audit.server";
import { requireUser, type Session, type SessionUser } from "./session.server";

/** Whom a request acts for: the signed-in person themself, or a person they represent. */
export type ActingTarget = {
  personId: string;
  basis: Basis;
  /** True when the signed-in person acts for themself. */
  self: boolean;
};

export type ActingContext = { user: SessionUser; session: Session; target: ActingTarget };

/**
 * The one place every page that shows or changes someone's data asks whom it
 * is for. It is decided on the server from the session and (for anyone but
 * oneself) a fresh answer of the back end, never from a form field or URL.
 *
 * Proxy authority (C-AUTH-1..5, issue 5) extends this: when the session says
 * the user acts for someone, the authority is re-checked here on every
 * request and a refusal is audited and answered with 403.
 */
export async function requireActingContext(request: Request, lang: Lang): Promise<ActingContext> {
  const { user, session } = await requireUser(request, lang);
  return { user, session, target: { personId: user.personId, basis: "self", self: true } };
}
