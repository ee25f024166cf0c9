import type { Attachment, Person } from "~/contracts/kela-api";
import { ageOf, OTHER_PERSON_REASONS, type OtherPersonReason } from "~/domain/authority";
import { helsinkiDate } from "~/domain/calendar";
import { MAX_ATTACHMENT_BYTES } from "~/domain/file-type";
import { isValidHetu, normalizeHetu, redactHetus } from "~/domain/hetu";
import { getT } from "~/i18n/i18n.server";
import type { Lang } from "~/i18n/languages";
import type { TFunction } from "~/i18n/translate";
import { checkAttachments } from "./attachments.server";
import { now } from "./clock.server";
import { field } from "./forms.server";
import { getGuardianship, KelaApiError, searchPerson } from "./kela-api.server";
import { flowStep, flowUrl, loadFlow, sendToFlow, type FlowKind } from "./proxy-flow.server";
import { hitRateLimit } from "./rate-limit.server";
import type { SessionUser } from "./session.server";

/**
 * The details forms of the two declarations: validated on the server (the
 * only authority), then sent to the flow as one event with the facts the
 * back end gives about the person. The identity code typed in the form is
 * used in a POST body to the back end only: never in a URL or a log line.
 */
export const DOCUMENT_LIMITS = { maxFileBytes: MAX_ATTACHMENT_BYTES, maxFiles: 1 } as const;
const DECLARATION_MAX = 2000;
/** Identity-code look-ups per declarant and hour: enough for typos, too few to go fishing. */
const LOOKUPS_PER_HOUR = 20;

export type DeclarationValues = { hetu: string; declaration: string; confirm: string; reason: string };
export type DeclarationResult =
  | { ok: true; redirectTo: string }
  | { ok: false; status: 422 | 429; errors: Record<string, string>; values: DeclarationValues };

function valuesOf(form: FormData): DeclarationValues {
  return {
    hetu: normalizeHetu(field(form, "hetu")),
    declaration: field(form, "declaration").slice(0, DECLARATION_MAX + 100),
    confirm: field(form, "confirm"),
    reason: field(form, "reason"),
  };
}

type Lookup = { person: Person } | { error: string; status: 422 | 429 };

/** The person of a typed identity code, from the register; the declarant themself is not a target. */
async function lookUpTarget(user: SessionUser, hetu: string, t: TFunction): Promise<Lookup> {
  if (!hetu) return { error: t("proxy:errors.hetuMissing"), status: 422 };
  if (!isValidHetu(hetu)) return { error: t("proxy:errors.hetuInvalid"), status: 422 };
  const limit = await hitRateLimit(`proxy-lookup:${user.personId}`, LOOKUPS_PER_HOUR, 60 * 60_000);
  if (!limit.allowed) return { error: t("proxy:errors.tooManyLookups"), status: 429 };
  const person = await searchPerson({ hetu });
  if (!person) return { error: t("proxy:errors.hetuNotFound"), status: 422 };
  if (person.id === user.personId) return { error: t("proxy:errors.hetuOwn"), status: 422 };
  return { person };
}

function declarationError(text: string, t: TFunction): string | null {
  if (!text) return t("proxy:errors.declarationMissing");
  if (text.length > DECLARATION_MAX) return t("proxy:errors.declarationTooLong", { max: DECLARATION_MAX });
  return null;
}

const ACCEPTED_NAME = /\.(pdf|jpe?g|png)$/i;

/** The power of attorney file: checked by content (C-AUTH-4), or the one kept from an earlier send. */
async function documentOf(form: FormData, oversize: boolean, kept: Attachment | null, t: TFunction): Promise<{ attachment: Attachment } | { error: string }> {
  const checked = await checkAttachments(form.getAll("document"), { maxFiles: DOCUMENT_LIMITS.maxFiles, oversize });
  if (!checked.ok) {
    const name = checked.fileName ?? "";
    switch (checked.problem) {
      case "too-large":
        return { error: t("proxy:errors.documentTooLarge") };
      case "too-many":
        return { error: t("proxy:errors.documentTooMany") };
      default:
        // A program renamed "valtakirja.pdf" is named like a document but is not one.
        return { error: ACCEPTED_NAME.test(name) ? t("proxy:errors.documentDisguised", { name }) : t("proxy:errors.documentWrongType", { name }) };
    }
  }
  const attachment = checked.attachments[0] ?? kept;
  return attachment ? { attachment } : { error: t("proxy:errors.documentMissing") };
}

function backendUnavailable(error: unknown): never {
  if (error instanceof KelaApiError) throw new Response("backend_unavailable", { status: 503 });
  throw error;
}

/** C-AUTH-4: the written power of attorney: who, a declaration, the document. */
export async function sendPowerOfAttorneyDetails(lang: Lang, user: SessionUser, form: FormData, oversize: boolean): Promise<DeclarationResult> {
  const t = await getT(lang, ["proxy"]);
  const values = valuesOf(form);
  const errors: Record<string, string> = {};
  const flow = await loadFlow(user.personId, "power-of-attorney");
  const lookup = await lookUpTarget(user, values.hetu, t).catch(backendUnavailable);
  if ("error" in lookup) errors.hetu = lookup.error;
  const declarationProblem = declarationError(values.declaration, t);
  if (declarationProblem) errors.declaration = declarationProblem;
  if (values.confirm !== "yes") errors.confirm = t("proxy:errors.confirmMissing");
  const document = await documentOf(form, oversize, flow.attachment, t);
  if ("error" in document) errors.document = document.error;
  if (Object.keys(errors).length || "error" in lookup || "error" in document) {
    return { ok: false, status: "error" in lookup && lookup.status === 429 ? 429 : 422, errors, values };
  }
  const { attachment } = document;
  const next = await sendToFlow(
    user.personId,
    "power-of-attorney",
    {
      type: "SUBMIT_POWER_OF_ATTORNEY",
      target: { personId: lookup.person.id, hetu: values.hetu },
      declaration: redactHetus(values.declaration),
      document: { fileName: attachment.fileName, contentType: attachment.contentType, size: attachment.size },
    },
    attachment,
  );
  return stepResult(lang, "power-of-attorney", next, values, t);
}

/** C-AUTH-3: "other person": who, why they cannot apply themself, a declaration. */
export async function sendOtherPersonDetails(lang: Lang, user: SessionUser, form: FormData): Promise<DeclarationResult> {
  const t = await getT(lang, ["proxy"]);
  const values = valuesOf(form);
  const errors: Record<string, string> = {};
  const lookup = await lookUpTarget(user, values.hetu, t).catch(backendUnavailable);
  if ("error" in lookup) errors.hetu = lookup.error;
  if (!(OTHER_PERSON_REASONS as readonly string[]).includes(values.reason)) errors.reason = t("proxy:errors.reasonMissing");
  const declarationProblem = declarationError(values.declaration, t);
  if (declarationProblem) errors.declaration = declarationProblem;
  if (Object.keys(errors).length || "error" in lookup) {
    return { ok: false, status: "error" in lookup && lookup.status === 429 ? 429 : 422, errors, values };
  }
  // C-AUTH-3: whether the person has an edunvalvoja is the back end's word, asked now.
  const guardianship = await getGuardianship(lookup.person.id).catch(backendUnavailable);
  const next = await sendToFlow(user.personId, "other-person", {
    type: "SUBMIT_OTHER_PERSON",
    target: {
      personId: lookup.person.id,
      hetu: values.hetu,
      age: ageOf(lookup.person, helsinkiDate(now())),
      hasEdunvalvoja: guardianship.guardians.length > 0,
    },
    reason: values.reason as OtherPersonReason,
    declaration: redactHetus(values.declaration),
  });
  return stepResult(lang, "other-person", next, values, t);
}

function stepResult(lang: Lang, kind: FlowKind, next: Awaited<ReturnType<typeof sendToFlow>>, values: DeclarationValues, t: TFunction): DeclarationResult {
  const step = flowStep(kind, next);
  if (step === "editing") return { ok: false, status: 422, errors: { declaration: t("proxy:errors.declarationMissing") }, values };
  return { ok: true, redirectTo: flowUrl(lang, kind, step) };
}

/** The values a form shows when opened again: what the flow's draft holds. */
export async function draftValues(user: SessionUser, kind: FlowKind): Promise<Partial<DeclarationValues> & { fileName?: string }> {
  const { snapshot, stored } = await loadFlow(user.personId, kind);
  const draft = stored ? snapshot.context.draft : null;
  if (!draft || draft.kind !== kind) return {};
  if (draft.kind === "power-of-attorney") {
    return { hetu: draft.target.hetu, declaration: draft.declaration, confirm: "yes", fileName: draft.document.fileName };
  }
  return { hetu: draft.target.hetu, declaration: draft.declaration, reason: draft.reason };
}
