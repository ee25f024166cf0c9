import { useLang, useT } from "~/i18n/useT";
import { countryName } from "./format";
import type { StepView } from "./steps/types";

/** C-DATA-1: the mailing address as the register has it; never a form field. */
export function AddressBlock({ view, heading = true }: { view: Pick<StepView, "person">; heading?: boolean }) {
  const t = useT();
  const lang = useLang();
  const address = view.person.address;
  return (
    <div className="register-data">
      {heading ? <h2>{t("card:address.heading")}</h2> : null}
      {address ? (
        <p className="register-data__address" data-testid="register-address">
          {address.street ? <>{address.street}<br /></> : null}
          {[address.postalCode, address.city].filter(Boolean).join(" ")}
          {address.country !== "FI" ? <><br />{countryName(lang, address.country)}</> : null}
        </p>
      ) : (
        <p data-testid="register-address">{t("card:address.none")}</p>
      )}
      <p className="hint">{t("card:address.fromRegister")}</p>
    </div>
  );
}
