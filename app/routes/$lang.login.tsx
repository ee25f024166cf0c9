import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/CsrfInput";
import { ErrorSummary } from "~/components/form/ErrorSummary";
import { ChoiceGroup } from "~/components/form/fields";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { readForm } from "~/services/forms.server";
import { beginSignIn, safeReturnTo } from "~/services/login.server";
import { listTestIdentities, testIdentificationEnabled } from "~/services/test-identification.server";

/** `?error=` from the sign-in callback → its message (login:errors.*); anything else: identification failed. */
const FAILURES: Record<string, "notInRegister" | "unavailable"> = { unknown: "notInRegister", unavailable: "unavailable" };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const url = new URL(request.url);
  const returnTo = safeReturnTo(url.searchParams.get("returnTo"), lang);
  const failure = url.searchParams.get("error");
  return json({
    lang,
    returnTo,
    // Test identification (DESIGN.md contract) only in mock mode; otherwise Suomi.fi asks who you are.
    identities: testIdentificationEnabled() ? listTestIdentities() : null,
    failure: failure ? (Object.hasOwn(FAILURES, failure) ? FAILURES[failure]! : "identificationFailed") : null,
    messages: pickMessages(lang, ["login"]),
  });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const { form } = await readForm(request);
  const result = await beginSignIn(request, lang, form);
  if (!result.ok) return json({ errors: result.errors, values: result.values }, { status: result.status });
  return result.response;
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "login:title");

export default function LoginPage() {
  const { identities, returnTo, failure } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const errors = actionData?.errors;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{t("login:heading")}</h1>
      {failure ? (
        <div className="callout callout--alert" role="alert">
          <p>{t(`login:errors.${failure}`)}</p>
        </div>
      ) : null}
      {identities ? (
        <>
          <p>{t("login:testIntro")}</p>
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="returnTo" value={returnTo} />
            <ChoiceGroup
              name="hetu"
              legend={t("login:personLabel")}
              error={errors?.hetu}
              defaultValue={actionData?.values?.hetu}
              choices={identities.map((person) => ({
                value: person.hetu,
                label: t("login:personOption", { name: person.name ?? t("login:noName"), hetu: person.hetu }),
              }))}
            />
            <button type="submit" className="button">
              {t("login:submit")}
            </button>
          </Form>

          <h2>{t("login:eidasHeading")}</h2>
          <p>{t("login:eidasIntro")}</p>
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="method" value="eidas" />
            <input type="hidden" name="returnTo" value={returnTo} />
            <ChoiceGroup
              name="country"
              legend={t("login:countryLabel")}
              error={errors?.country}
              defaultValue={actionData?.values?.country}
              choices={(["EE", "ES", "IT"] as const).map((country) => ({ value: country, label: t(`login:countries.${country}`) }))}
            />
            <button type="submit" className="button button--secondary">
              {t("login:eidasSubmit")}
            </button>
          </Form>
        </>
      ) : (
        <>
          <p>{t("login:suomifiIntro")}</p>
          <Form method="post" reloadDocument>
            <CsrfInput />
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" className="button">
              {t("login:suomifiSubmit")}
            </button>
          </Form>
        </>
      )}
    </>
  );
}
