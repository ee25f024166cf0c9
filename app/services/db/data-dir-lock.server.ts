import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { join } from "node:path";

/**
 * One owner per data folder. The embedded database (PGlite) is one process's
 * files: a second process opening them destroys them. So the owner listens on
 * a Unix socket that belongs to the folder, and a second process that finds
 * the socket taken refuses to start.
 *
 * The socket is the lock because the kernel drops it with its process, even
 * after `kill -9`: a crash never leaves a stale lock. On Linux it lives in the
 * abstract namespace (no file; the name is derived from the folder's device
 * and inode, so every path to one folder meets the same lock); elsewhere it is
 * a socket file in the folder, taken over when nobody answers on it.
 *
 * The owner answers on the socket with who it is (for the refusal message)
 * and takes commands from tools that prove they may read the folder (a token
 * file in it, mode 0600): `npm run db:backup` asks the running portal for a
 * consistent copy this way.
 */
export type LockOwner = { pid: number; startedAt: string; port: number | null; dataDir: string };
export type LockCommand = { cmd: string; [key: string]: unknown };
export type CommandHandler = (command: LockCommand) => Promise<Record<string, unknown>>;

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    const who = owner
      ? `another portal process (pid ${owner.pid}${owner.port ? `, port ${owner.port}` : ""}, running since ${owner.startedAt})`
      : "another process that does not answer";
    super(`Data folder ${dataDir} is in use by ${who}: stop that process first, or give this one its own DATA_DIR.`);
    this.name = "DataDirInUseError";
  }
}

export type DataDirLock = {
  dataDir: string;
  /** Serves commands from tools (backup) while the lock is held. */
  onCommand: (handler: CommandHandler) => void;
  release: () => Promise<void>;
};

const TOKEN_FILE = "control.token";
const ANSWER_TIMEOUT_MS = 3_000;

export function lockAddress(dataDir: string): { address: string; abstract: boolean } {
  if (process.platform === "linux") {
    const { dev, ino } = statSync(dataDir);
    const id = createHash("sha256").update(`${dev}:${ino}`).digest("hex").slice(0, 32);
    return { address: `\0kela-portal-data-${id}`, abstract: true };
  }
  return { address: join(dataDir, ".portal.sock"), abstract: false };
}

/** Takes the folder's lock or throws DataDirInUseError. Creates the folder if needed. */
export async function lockDataDir(dataDir: string, options: { port?: number | null } = {}): Promise<DataDirLock> {
  mkdirSync(dataDir, { recursive: true });
  const folder = realpathSync(dataDir);
  const { address, abstract } = lockAddress(folder);
  const token = randomBytes(32).toString("base64url");
  const owner: LockOwner = { pid: process.pid, startedAt: new Date().toISOString(), port: options.port ?? null, dataDir: folder };
  let handler: CommandHandler | undefined;

  const server = createServer((socket) => serve(socket, { owner, token, handler: () => handler }));
  try {
    await listen(server, address);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    const answer = await ask(address, { cmd: "who" }).catch((reason: NodeJS.ErrnoException) => reason);
    if (!(answer instanceof Error)) throw new DataDirInUseError(folder, answer as unknown as LockOwner);
    // A socket file nobody listens on was left by a process that died: take it over.
    if (!abstract && answer.code === "ECONNREFUSED") {
      unlinkSync(address);
      await listen(server, address);
    } else {
      throw new DataDirInUseError(folder, null);
    }
  }
  // Written only once the lock is ours: it never changes under another owner.
  writeFileSync(join(folder, TOKEN_FILE), token, { mode: 0o600 });
  server.unref();
  return {
    dataDir: folder,
    onCommand: (next) => (handler = next),
    release: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function listen(server: Server, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(address, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

function serve(socket: Socket, state: { owner: LockOwner; token: string; handler: () => CommandHandler | undefined }) {
  socket.setTimeout(60_000, () => socket.destroy());
  readLine(socket)
    .then(async (line) => {
      const command = JSON.parse(line) as LockCommand;
      if (command.cmd === "who") return state.owner;
      if (!validToken(command.token, state.token)) return { error: "not allowed: wrong token" };
      const handler = state.handler();
      if (!handler) return { error: `unknown command ${command.cmd}` };
      return handler(command);
    })
    .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
    .then((answer) => socket.end(`${JSON.stringify(answer)}\n`));
}

function validToken(given: unknown, expected: string): boolean {
  if (typeof given !== "string" || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

function readLine(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      const end = buffer.indexOf("\n");
      if (end >= 0) resolve(buffer.slice(0, end));
      else if (buffer.length > 64 * 1024) reject(new Error("line too long"));
    });
    socket.on("error", reject);
    socket.on("end", () => reject(new Error("closed before a full line")));
  });
}

function ask(address: string, command: LockCommand, timeoutMs = ANSWER_TIMEOUT_MS): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const socket = connect(address);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error("no answer"), { code: "ETIMEDOUT" }));
    }, timeoutMs);
    socket.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.once("connect", () => socket.write(`${JSON.stringify(command)}\n`));
    readLine(socket)
      .then((line) => resolve(JSON.parse(line) as Record<string, unknown>))
      .catch(reject)
      .finally(() => {
        clearTimeout(timer);
        socket.destroy();
      });
  });
}

/**
 * For tools: the running owner of a folder, or null when nobody holds it.
 * Sends `command` (with the folder's token) when given.
 */
export async function askOwner(dataDir: string, command?: LockCommand, timeoutMs?: number): Promise<Record<string, unknown> | null> {
  let folder: string;
  try {
    folder = realpathSync(dataDir);
  } catch {
    return null;
  }
  const { address } = lockAddress(folder);
  const message = command ? { ...command, token: readFileSync(join(folder, TOKEN_FILE), "utf8") } : { cmd: "who" };
  try {
    return await ask(address, message, timeoutMs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ECONNREFUSED" || code === "ENOENT") return null;
    throw error;
  }
}
