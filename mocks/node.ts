import { setupServer } from "msw/node";
import { log } from "~/services/logger.server";
import { handlers } from "./handlers";

export { injectFault, receivedOf, resetMockBackend } from "./state";

const holder = globalThis as { __mswServer?: ReturnType<typeof setupServer> };

/**
 * Starts the mock Kela back end in this process. A request nobody handles is
 * an error, never a silent pass-through to the network.
 */
export function startMockBackend() {
  if (holder.__mswServer) return holder.__mswServer;
  const server = setupServer(...handlers());
  server.listen({
    onUnhandledRequest(request, print) {
      const url = new URL(request.url);
      // Local traffic (the portal's own server, SMTP catcher, OIDC provider) is not the back end's.
      if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return;
      log.error("mock.unhandled_request", { method: request.method, path: url.pathname });
      print.error();
    },
  });
  holder.__mswServer = server;
  return server;
}

/** Adds handlers for one test (e.g. a fake identity provider); reset with resetMockHandlers. */
export function useMockHandlers(...extra: Parameters<ReturnType<typeof setupServer>["use"]>): void {
  startMockBackend().use(...extra);
}

export function resetMockHandlers(): void {
  holder.__mswServer?.resetHandlers();
}

export function stopMockBackend(): void {
  holder.__mswServer?.close();
  holder.__mswServer = undefined;
}
