import { describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit.server";

describe("group commit", () => {
  it("writes what arrives while a batch is being written in the next batch, and answers each caller with its own result", async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const firstDone = new Promise<void>((resolve) => (release = resolve));
    const write = groupCommit(async (items: number[]) => {
      batches.push(items);
      if (batches.length === 1) await firstDone;
      return items.map((n) => n * 10);
    });
    const first = [write(1), write(2)];
    await new Promise((r) => setTimeout(r, 10));
    const later = [write(3), write(4), write(5)];
    release();
    expect(await Promise.all([...first, ...later])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1, 2], [3, 4, 5]]);
  });

  it("a batch that fails is tried item by item: only the bad item's caller gets the error", async () => {
    const write = groupCommit(async (items: string[]) => {
      if (items.includes("bad")) throw new Error(`refused ${items.join(",")}`);
      return items.map((s) => s.toUpperCase());
    });
    const results = await Promise.allSettled([write("a"), write("bad"), write("c")]);
    expect(results).toEqual([
      { status: "fulfilled", value: "A" },
      { status: "rejected", reason: new Error("refused bad") },
      { status: "fulfilled", value: "C" },
    ]);
  });
});
