import type { Session } from "./harness";

/**
 * Submits a form by its button and waits until the answer is shown. JS off:
 * a new document loads. JS on: Remix posts with fetch and navigates on the
 * client, so no new document loads and load states tell nothing (harness
 * `submit` can return too early); the router's own state tells.
 */
export async function submitForm(session: Session, buttonName: string | RegExp): Promise<void> {
  const { page } = session;
  const button = page.getByRole("button", { name: buttonName, exact: typeof buttonName === "string" });
  if (!session.js) {
    await Promise.all([page.waitForEvent("load"), button.click()]);
    return;
  }
  await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), button.click()]);
  await page.waitForFunction(
    () => (window as { __remixRouter?: { state: { navigation: { state: string } } } }).__remixRouter?.state.navigation.state === "idle",
  );
}
