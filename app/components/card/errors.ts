import type { TFunction } from "~/i18n/translate";
import type { FormErrorCode } from "../../../machines/lostCardForms";

/** The message of a form error code, in the page's language (literal keys, checked by the locale test). */
export function formErrorText(t: TFunction, code: FormErrorCode): string {
  switch (code) {
    case "reasonRequired":
      return t("card:errors.reasonRequired");
    case "explanationRequired":
      return t("card:errors.explanationRequired");
    case "explanationTooLong":
      return t("card:errors.explanationTooLong");
    case "explanationHetu":
      return t("card:errors.explanationHetu");
    case "cardRequired":
      return t("card:errors.cardRequired");
    case "correctedRequired":
      return t("card:errors.correctedRequired");
    case "urgentRequired":
      return t("card:errors.urgentRequired");
    case "addressRequired":
      return t("card:errors.addressRequired");
  }
}
