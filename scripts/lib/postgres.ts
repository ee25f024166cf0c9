/**
 * A throw-away PostgreSQL cluster for tests and benchmarks: initdb in a fresh
 * temporary folder, started with pg_ctl on a free loopback port, deleted on
 * stop. Uses the server binaries of the Debian `postgresql` package (or any on
 * PATH). As root, the cluster runs as the `postgres` user (initdb refuses root).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type ScratchPostgres = { url: string; binDir: string; stop: () => void };

/** The folder with initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  const fromPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  // initdb may be a symlink (e.g. /usr/local/bin): the other binaries sit beside its target.
  if (fromPath) return join(realpathSync(fromPath), "..");
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error("Running as root needs the `postgres` user (created by the Debian postgresql package)");
  }
}

/**
 * Starts a cluster and returns a URL to its database `portal`. `fsync` is off:
 * the cluster is thrown away, and a test must not wait for the disk.
 */
export async function startScratchPostgres(options: { maxConnections?: number; fsync?: boolean } = {}): Promise<ScratchPostgres> {
  const binDir = findPostgresBin();
  if (!binDir) throw new Error("PostgreSQL is not installed (apt-get install -y postgresql)");
  const folder = mkdtempSync(join(tmpdir(), "kela-pg-"));
  chmodSync(folder, 0o700);
  const owner = postgresUser();
  if (owner) chownSync(folder, owner.uid, owner.gid);
  const run = (command: string, args: string[]) => {
    const result = spawnSync(join(binDir, command), args, {
      encoding: "utf8",
      uid: owner?.uid,
      gid: owner?.gid,
      cwd: folder,
      env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" },
    });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.error?.message ?? ""} ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  const data = join(folder, "data");
  const settings = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${folder}`,
    `-c max_connections=${options.maxConnections ?? 200}`,
    options.fsync === true ? "" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
  ].join(" ");
  try {
    run("initdb", ["-D", data, "-U", "portal", "-A", "trust", "-E", "UTF8", "--no-instructions"]);
    run("pg_ctl", ["-D", data, "-l", join(folder, "server.log"), "-w", "-t", "60", "-o", settings, "start"]);
    run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "portal", "portal"]);
  } catch (error) {
    // Leave nothing running or behind when the cluster did not come up.
    spawnSync(join(binDir, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], { uid: owner?.uid, gid: owner?.gid });
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  return {
    url: `postgres://portal@127.0.0.1:${port}/portal`,
    binDir,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A database of its own on the server of `serverUrl` (one per test file or
 * test run, so that runs never see each other's rows); `drop` removes it.
 */
export async function createScratchDatabase(serverUrl: string, prefix = "t"): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: pg } = await import("pg");
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
