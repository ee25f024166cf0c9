import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";

/**
 * PROFILE_DIR set: `kill -USR2 <pid>` starts a CPU profile of the running
 * server, the next USR2 writes it to PROFILE_DIR (open it in Chrome DevTools,
 * or summarise it with `npm run profile`). Profiles only what happens in
 * between, not the start-up; off unless PROFILE_DIR is set.
 */
export function installProfilerToggle(dir: string, log: (line: Record<string, unknown>) => void): void {
  const session = new Session();
  session.connect();
  let running = false;
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  process.on("SIGUSR2", () => {
    void (async () => {
      if (!running) {
        await post("Profiler.enable");
        await post("Profiler.start");
        running = true;
        log({ event: "profile.started" });
        return;
      }
      const { profile } = (await post("Profiler.stop")) as { profile: unknown };
      running = false;
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `server-${process.pid}-${Date.now()}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      log({ event: "profile.written", file });
    })();
  });
}
