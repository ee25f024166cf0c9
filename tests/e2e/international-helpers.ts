import type { Session } from "./harness";
import { press } from "./proxy-helpers";

/** Submits a form by its button and waits until the answer is shown (JS on or off). */
export async function submitForm(session: Session, buttonName: string | RegExp): Promise<void> {
  await press(session, session.page.getByRole("button", { name: buttonName, exact: typeof buttonName === "string" }));
}
