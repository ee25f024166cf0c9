import type { LoaderFunctionArgs } from "@remix-run/node";
import { finishSignIn } from "~/services/login.server";

/** The OpenID Connect redirect URI: finishes the sign-in and goes back where the user was. */
export function loader({ request }: LoaderFunctionArgs) {
  return finishSignIn(request);
}
