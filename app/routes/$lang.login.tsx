import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/CsrfInput";
import { ErrorSummary } from "~/components/form/ErrorSummary";
import { ChoiceGroup } from "~/components/form/fields";
import { pageTitle } from "~/i18n/meta";
import { requireLang } from "~/i18n/params";
import { pickMessages } from "~/i18n/resources.server";
import { useT } from "~/i18n/useT";
import { loginWithTestIdentity, safeReturnTo } from "~/services/login.server";
import { listTestIdentities, testIdentificationEnabled } from "~/services/test-identification.server";
import { readForm } from "~/services/forms.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  // Real identification (OpenID Connect) is configured separately; without it and
  // without mock mode there is nothing to sign in with.
  if (!testIdentificationEnabled()) throw new Response("Identification is not configured", { status: 503 });
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get("returnTo"), lang);
  return json({ lang, returnTo, identities: listTestIdentities(), messages: pickMessages(lang, ["login"]) });
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLang(params);
  if (!testIdentificationEnabled()) throw new Response("Not found", { status: 404 });
  const { form } = await readForm(request);
  const result = await loginWithTestIdentity(request, lang, form);
  if (!result.ok) return json({ errors: result.errors, values: result.values }, { status: result.status });
  return redirect(result.redirectTo, { headers: { "Set-Cookie": result.setCookie } });
}

export const meta: MetaFunction<typeof loader> = (args) => pageTitle(args, "login:title");

export default function LoginPage() {
  const { identities, returnTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const errors = actionData?.errors;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{t("login:heading")}</h1>
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
  );
}
