import { getEnv } from "~/env.server";
import { setNow } from "./clock.server";
import { getDb } from "./db.server";
import { log } from "./logger.server";

import { backgroundServices, type Stop } from "./background.server";

/**
 * Start-up, called once by the HTTP server with the built app: config is
 * checked, the mock back end started in mock mode, migrations run, then the
 * background services. Returns a function that stops them.
 */
export async function boot(): Promise<() => Promise<void>> {
  const env = getEnv();
  if (env.MOCKS) {
    if (env.APP_NOW) setNow(new Date(env.APP_NOW));
    const { startMockBackend } = await import("../../mocks/node");
    startMockBackend();
    log.info("mocks.on", { appNow: env.APP_NOW ?? null });
  }
  await getDb();
  const stops: Stop[] = [];
  for (const service of backgroundServices) {
    if (service.mockOnly && !env.MOCKS) continue;
    const stop = await service.start();
    if (stop) stops.push(stop);
    log.info("service.started", { service: service.name });
  }
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
