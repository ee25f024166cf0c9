/**
 * Several instances of the production build on one PostgreSQL, behind the
 * round-robin balancer, sharing one standalone mock back end: the deployment
 * of DESIGN.md "Scale", on this machine. Used by the two-instance test
 * (tests/cluster) and the scale benchmark.
 */
import { join } from "node:path";
import { startBalancer, type Balancer } from "./balancer";
import { startMockBackendServer, type MockBackendServer } from "./mock-backend";
import { createScratchDatabase, findPostgresBin, startScratchPostgres } from "./postgres";
import { startBuiltServer, type RunningServer } from "./server";

export type TestPostgres = { url: string; source: string; stop: () => Promise<void> | void };

/**
 * The PostgreSQL to run against: a database of its own on the server of
 * TEST_DATABASE_URL when set (dropped by stop), else a scratch cluster. Null
 * when neither is possible (PostgreSQL not installed).
 */
export async function testPostgres(): Promise<TestPostgres | null> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    const database = await createScratchDatabase(given, "cluster");
    return { url: database.url, source: "a database of its own on TEST_DATABASE_URL's server", stop: database.drop };
  }
  if (!findPostgresBin()) return null;
  const scratch = await startScratchPostgres();
  return { url: scratch.url, source: "a scratch cluster", stop: scratch.stop };
}

export type Cluster = {
  /** The balancer's URL: the portal's public origin. */
  url: string;
  instances: RunningServer[];
  balancer: Balancer;
  backend: MockBackendServer;
  stop: () => Promise<void>;
};

/** KELA_API_TIMEOUT_MS of the instances (as in scripts/lib/server.ts); the mock's "timeout" faults hang longer. */
const API_TIMEOUT_MS = 1000;

export async function startCluster(options: {
  databaseUrl: string;
  instances: number;
  logDir: string;
  env?: Record<string, string>;
}): Promise<Cluster> {
  const backend = await startMockBackendServer({ logFile: join(options.logDir, "mock-backend.log"), timeoutMs: API_TIMEOUT_MS });
  const balancer = await startBalancer();
  const env = {
    DATABASE_URL: options.databaseUrl,
    KELA_API_URL: backend.apiUrl,
    KELA_API_TIMEOUT_MS: String(API_TIMEOUT_MS),
    PUBLIC_URL: balancer.url,
    // The balancer's X-Forwarded-For names the client (rate limits per client).
    TRUST_PROXY: "1",
    ...options.env,
  };
  // Started at the same time, as a deployment rolls them out: the migrations must cope.
  const started = await Promise.allSettled(
    Array.from({ length: options.instances }, (_, i) =>
      startBuiltServer({ logFile: join(options.logDir, `instance-${String.fromCharCode(65 + i)}.log`), env }),
    ),
  );
  const instances = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const stop = async () => {
    await balancer.close();
    await Promise.all(instances.map((instance) => instance.stop()));
    await backend.stop();
  };
  const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) {
    await stop();
    throw failed.reason;
  }
  balancer.setTargets(instances.map((instance) => instance.baseUrl));
  return { url: balancer.url, instances, balancer, backend, stop };
}
