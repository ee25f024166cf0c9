import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/CsrfInput";
import { ErrorSummary } from "~/components/form/ErrorSummary";
import { ChoiceGroup } from "~/components/form/fields";
import { OnBehalfHistory } from "~/components/proxy/OnBehalfHistory";
import { ageOf, mayApplyAlone } from "~/domain/authority";
import { helsinkiDate } from "~/domain/calendar";
import { displayName } from "~/domain/person";
import { getT } from "~/i18n/i18n.server";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { personOrNull, representablePersons } from "~/services/acting-for.server";
import { now } from "~/services/clock.server";
import { field, readForm } from "~/services/forms.server";
import { chooseWhomToActFor } from "~/services/proxy-choice.server";
import { actionsTakenOnBehalfOf } from "~/services/proxy-history.server";
import { requireUser } from "~/services/session.server";

/**
 * Choose whom you act for (DESIGN.md URL contract), as in Suomi.fi: yourself
 * and everyone the back end says you may represent right now, with the basis
 * (C-AUTH-2 huoltaja and edunvalvoja, C-AUTH-4 Suomi.fi mandate). When acting
 * for yourself you also see what others have done on your behalf.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const { user, session } = await requireUser(request, lang);
  const [me, representable] = await Promise.all([personOrNull(user.personId), representablePersons(user.personId)]);
  const stored = session.data.actingFor;
  // Only a representation the fresh list still confirms is shown as current.
  const current = stored ? (representable.find((p) => p.personId === stored.personId && p.basis === stored.basis) ?? null) : null;
  return json({
    lang,
    messages: pickMessages(lang, ["proxy"]),
    me: { name: (me ? displayName(me) : null) ?? user.name },
    // C-AUTH-5: under 15 the person is told to ask a guardian.
    mayApplyAlone: me ? mayApplyAlone(ageOf(me, helsinkiDate(now()))) : false,
    representable: representable.map(({ personId, name, basis, age }) => ({ personId, name, basis, age })),
    current,
    chosen: new URL(request.url).searchParams.has("chosen") && !!current,
    history: current ? [] : await actionsTakenOnBehalfOf(user.personId, lang),
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const { form } = await readForm(request);
  const { user, session } = await requireUser(request, lang);
  const choice = field(form, "choice");
  if (!choice) {
    const t = await getT(lang, ["proxy"]);
    return json({ errors: { choice: t("proxy:errors.choiceMissing") } }, { status: 422 });
  }
  const result = await chooseWhomToActFor(user, session, choice);
  return redirect(result.kind === "representing" ? `/${lang}/act-for?chosen=1` : `/${lang}/act-for`);
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "proxy:index.title");

export default function ActForPage() {
  const { lang, me, mayApplyAlone, representable, current, chosen, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const basisOf = (basis: string) => t(`proxyCommon:basis.${basis}`);
  const nameOf = (name: string | null) => name ?? t("proxyCommon:banner.noName");
  return (
    <>
      <ErrorSummary errors={actionData?.errors} />
      <h1>{t("proxy:index.heading")}</h1>
      {chosen && current ? (
        <div className="notice notice--success" role="status">
          <p>{t("proxy:index.nowActing", { name: nameOf(current.name), basis: basisOf(current.basis) })}</p>
        </div>
      ) : null}
      {current ? (
        <div className="panel">
          <h2 className="panel__title">{t("proxy:index.nextHeading", { name: nameOf(current.name) })}</h2>
          <ul>
            <li>
              <Link to={`/${lang}/kela-card/apply`}>{t("proxy:index.applyCard")}</Link>
            </li>
            <li>
              <Link to={`/${lang}/kela-card/orders`}>{t("proxy:index.seeOrders")}</Link>
            </li>
          </ul>
        </div>
      ) : null}
      {!mayApplyAlone ? (
        <div className="callout callout--warning" data-testid="under-15">
          <h2>{t("proxy:index.under15Heading")}</h2>
          <p>{t("proxy:index.under15")}</p>
        </div>
      ) : null}
      <p className="lead">{t("proxy:index.intro")}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <ChoiceGroup
          name="choice"
          legend={t("proxy:index.chooseLegend")}
          hint={t("proxy:index.chooseHint")}
          error={actionData?.errors?.choice}
          defaultValue={current?.personId ?? "self"}
          choices={[
            { value: "self", label: t("proxy:index.self", { name: nameOf(me.name) }) },
            ...representable.map((person) => ({
              value: person.personId,
              label: nameOf(person.name),
              hint: t("proxy:index.personHint", { basis: basisOf(person.basis), age: person.age }),
            })),
          ]}
        />
        {representable.length === 0 ? <p className="hint">{t("proxy:index.nobody")}</p> : null}
        <button type="submit" className="button">
          {t("proxy:index.submit")}
        </button>
      </Form>

      <h2>{t("proxy:index.otherWaysHeading")}</h2>
      <ul className="link-list">
        <li>
          <Link to={`/${lang}/act-for/power-of-attorney`}>{t("proxy:index.powerOfAttorney")}</Link>
          <p>{t("proxy:index.powerOfAttorneyText")}</p>
        </li>
        <li>
          <Link to={`/${lang}/act-for/other-person`}>{t("proxy:index.otherPerson")}</Link>
          <p>{t("proxy:index.otherPersonText")}</p>
        </li>
        <li>
          <Link to={`/${lang}/act-for/oral`}>{t("proxy:index.oral")}</Link>
          <p>{t("proxy:index.oralText")}</p>
        </li>
        <li>
          <Link to={`/${lang}/act-for/cases`}>{t("proxy:index.cases")}</Link>
          <p>{t("proxy:index.casesText")}</p>
        </li>
      </ul>

      {current ? null : <OnBehalfHistory rows={history} />}
    </>
  );
}
