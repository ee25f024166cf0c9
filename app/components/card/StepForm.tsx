import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { CsrfInput } from "~/components/CsrfInput";
import { useT } from "~/i18n/useT";
import { LiveFeedbackSlot } from "./LiveFeedbackSlot";

export const STEP_FORM_ID = "card-step-form";

/** One step's form: POSTs to its own URL (works without JavaScript), CSRF token, one button. */
export function StepForm({ children, submitLabel }: { children?: ReactNode; submitLabel?: string }) {
  const t = useT();
  return (
    <Form method="post" noValidate id={STEP_FORM_ID}>
      <CsrfInput />
      {children}
      <LiveFeedbackSlot formId={STEP_FORM_ID} />
      <div className="button-group">
        <button type="submit" className="button">
          {submitLabel ?? t("form.continue")}
        </button>
      </div>
    </Form>
  );
}
