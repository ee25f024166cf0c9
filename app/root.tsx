import type { LinksFunction, LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { ChatLauncher } from "./components/chat/ChatLauncher";
import { ErrorPage, errorKindOf } from "./components/ErrorPage";
import { ActingForBanner } from "./components/proxy/ActingForBanner";
import { useNonce } from "./components/NonceProvider";
import { SiteFooter } from "./components/SiteFooter";
import { SiteHeader } from "./components/SiteHeader";
import { fallbackErrors } from "./i18n/fallback";
import { defaultLang, langFromAcceptLanguage, langOfPath } from "./i18n/languages";
import { createT } from "./i18n/translate";
import { useLang, useT } from "./i18n/useT";
import { pickMessages } from "./i18n/resources.server";
import { getEnv } from "./env.server";
import { actingForBanner } from "./services/acting-for.server";
import { ensureSession } from "./services/session.server";
import appCss from "./styles/app.css?url";
import tokensCss from "./styles/tokens.generated.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: tokensCss },
  { rel: "stylesheet", href: appCss },
  { rel: "icon", href: "/favicon.ico", sizes: "any" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // Unknown prefixes ("/de/…") still get a page in a language the reader understands.
  const lang = langOfPath(url.pathname) ?? langFromAcceptLanguage(request.headers.get("accept-language"));
  const { session, setCookie } = await ensureSession(request);
  const { user, notice } = session.data;
  return json(
    {
      lang,
      messages: pickMessages(lang, ["common", "errors", "proxyCommon"]),
      csrfToken: session.csrfToken,
      user: user ? { name: user.name } : null,
      // Issue 5: whom the user acts for, checked again with the back end for the banner.
      actingFor: await actingForBanner(session),
      notice: !user && notice ? notice.kind : null,
      demo: getEnv().MOCKS,
    },
    { headers: setCookie ? { "Set-Cookie": setCookie } : undefined },
  );
}

export type RootLoaderData = SerializeFrom<typeof loader>;

/** The header shows who is signed in: read the session again on every navigation. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  defaultShouldRevalidate || currentUrl.pathname !== nextUrl.pathname;

export const meta: MetaFunction<typeof loader> = ({ data, error, location }) => {
  const lang = data?.lang ?? langOfPath(location.pathname) ?? defaultLang;
  if (!error) return [];
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const t = createT(lang, data?.messages ?? { errors: fallbackErrors[lang] });
  const title = t(`errors:${errorKindOf(status)}.title`);
  return [{ title: data ? t("titleTemplate", { page: title, service: t("serviceName") }) : title }];
};

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const lang = useLang();
  return (
    <html lang={lang} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {data ? <Chrome data={data}>{children}</Chrome> : <main id="main">{children}</main>}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Chrome({ data, children }: { data: RootLoaderData; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <SiteHeader user={data.user} />
      <ActingForBanner actingFor={data.actingFor} />
      {data.notice === "idle-timeout" ? (
        <div className="notice notice--info" role="status">
          <p>{t("auth.idleTimeout")}</p>
        </div>
      ) : null}
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      <SiteFooter demo={data.demo} />
      <ChatLauncher />
    </>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const hasRoot = !!useRouteLoaderData("root");
  return hasRoot ? <ErrorPage status={status} /> : <BareErrorPage status={status} />;
}

/** When even the root loader failed: texts bundled in, no header or session. */
function BareErrorPage({ status }: { status: number }) {
  const { pathname } = useLocation();
  const lang = langOfPath(pathname) ?? defaultLang;
  const texts = fallbackErrors[lang];
  const kind = errorKindOf(status);
  return (
    <div className="error-page">
      <h1>{texts[kind].title}</h1>
      <p>{texts[kind].body}</p>
      <p>
        <a href={`/${lang}`}>{texts.goHome}</a>
      </p>
    </div>
  );
}
