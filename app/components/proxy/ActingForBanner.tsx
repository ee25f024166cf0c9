import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/CsrfInput";
import { useLang, useT } from "~/i18n/useT";

export type BannerActingFor = { name: string | null; basis: string } | null;

/**
 * On every page while the user acts for someone else (issue 5): whom, on
 * what basis, and a way back to acting for oneself. Going back is a POST to
 * /{lang}/act-for; the server only ever clears the representation from it.
 */
export function ActingForBanner({ actingFor }: { actingFor: BannerActingFor }) {
  const t = useT();
  const lang = useLang();
  if (!actingFor) return null;
  const name = actingFor.name ?? t("proxyCommon:banner.noName");
  return (
    <section className="acting-for-banner" aria-label={t("proxyCommon:banner.label")} data-testid="acting-for-banner">
      <div className="acting-for-banner__inner">
        <p className="acting-for-banner__text">
          {t("proxyCommon:banner.text", { name, basis: t(`proxyCommon:basis.${actingFor.basis}`) })}
        </p>
        <Form method="post" action={`/${lang}/act-for`}>
          <CsrfInput />
          <input type="hidden" name="choice" value="self" />
          <button type="submit" className="button button--secondary">
            {t("proxyCommon:banner.backToSelf")}
          </button>
        </Form>
      </div>
    </section>
  );
}
