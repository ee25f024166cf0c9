import { getEnv } from "~/env.server";
import { setNow } from "./clock.server";
import { getDb } from "./db.server";
import { log } from "./logger.server";

import { backgroundServices, type Stop } from "./background.server";

/**
 * Start-up, called once by the HTTP server with the built app: config is
 * checked, the in-process mock back end started in mock mode (unless
 * KELA_API_URL names a shared one), migrations run, then the
 * background services. Returns a function that stops them.
 */
export async function boot(): Promise<() => Promise<void>> {
  const env = getEnv();
  if (env.MOCKS) {
    if (env.APP_NOW) setNow(new Date(env.APP_NOW));
    // The default `.mock` host is answered in this process. A real address is a mock back end
    // shared by several instances (mocks/server.ts): it is called over the network.
    const inProcess = new URL(env.KELA_API_URL).hostname.endsWith(".mock");
    if (inProcess) {
      const { startMockBackend } = await import("../../mocks/node");
      startMockBackend();
    }
    log.info("mocks.on", { appNow: env.APP_NOW ?? null, backend: inProcess ? "in-process" : env.KELA_API_URL });
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
