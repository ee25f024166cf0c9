import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { connect } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { askOwner, DataDirInUseError, lockAddress, lockDataDir, type DataDirLock } from "./data-dir-lock.server";

const folders: string[] = [];
const locks: DataDirLock[] = [];
function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "kela-lock-"));
  folders.push(folder);
  return folder;
}

afterEach(async () => {
  for (const lock of locks.splice(0)) await lock.release();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Another process that takes the lock and holds it until killed. */
function holderProcess(folder: string) {
  const moduleUrl = new URL("./data-dir-lock.server.ts", import.meta.url).href;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", `const { lockDataDir } = await import(${JSON.stringify(moduleUrl)}); await lockDataDir(${JSON.stringify(folder)}, { port: 4321 }); console.log("locked"); setInterval(() => {}, 1000);`],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.once("exit", (code) => reject(new Error(`holder exited ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { child, locked, exited };
}

describe("one owner per data folder", () => {
  it("refuses a second owner, naming the folder and the process that holds it", async () => {
    const folder = freshFolder();
    locks.push(await lockDataDir(folder, { port: 3000 }));
    const second = await lockDataDir(folder).catch((error: unknown) => error);
    expect(second).toBeInstanceOf(DataDirInUseError);
    const message = (second as Error).message;
    expect(message).toContain(folder);
    expect(message).toContain(`pid ${process.pid}`);
    expect(message).toContain("port 3000");
    expect(message.split("\n")).toHaveLength(1);
  });

  it("is the same lock whatever path leads to the folder", async () => {
    const folder = freshFolder();
    const link = join(freshFolder(), "link");
    symlinkSync(folder, link);
    locks.push(await lockDataDir(link));
    await expect(lockDataDir(`${folder}/`)).rejects.toBeInstanceOf(DataDirInUseError);
  });

  it("is dropped by the kernel when its process is killed with SIGKILL (no stale lock)", async () => {
    const folder = freshFolder();
    const holder = holderProcess(folder);
    await holder.locked;
    await expect(lockDataDir(folder)).rejects.toThrow(/pid \d+, port 4321/);
    expect(await askOwner(folder)).toMatchObject({ pid: holder.child.pid, port: 4321 });
    holder.child.kill("SIGKILL");
    await holder.exited;
    expect(await askOwner(folder)).toBeNull();
    locks.push(await lockDataDir(folder));
  }, 30_000);

  it("runs a tool's command only with the folder's token", async () => {
    const folder = freshFolder();
    const lock = await lockDataDir(folder);
    locks.push(lock);
    lock.onCommand(async (command) => ({ did: command.cmd }));
    expect(await askOwner(folder, { cmd: "backup" })).toEqual({ did: "backup" });
    // What anyone on the machine could send without reading the folder.
    const { address } = lockAddress(folder);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(address, () => socket.write(`${JSON.stringify({ cmd: "backup", token: "guess" })}\n`));
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString()));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(JSON.parse(answer)).toEqual({ error: "not allowed: wrong token" });
  });
});
