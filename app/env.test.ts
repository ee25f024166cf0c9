import { afterEach, describe, expect, it } from "vitest";
import { getEnv, resetEnvCache } from "./env.server";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe("configuration", () => {
  it("refuses to start in production without a back-end URL, naming the variable", () => {
    process.env = { ...saved, NODE_ENV: "production", MOCKS: "false" };
    delete process.env.KELA_API_URL;
    delete process.env.APP_NOW;
    resetEnvCache();
    expect(() => getEnv()).toThrow(/KELA_API_URL: is required in production/);
  });

  it("allows the pinned app clock only in mock mode", () => {
    process.env = { ...saved, MOCKS: "false", APP_NOW: "2026-11-25T10:00:00+02:00" };
    resetEnvCache();
    expect(() => getEnv()).toThrow(/APP_NOW/);
  });

  it("lists every bad variable at once", () => {
    process.env = { ...saved, PORT: "not-a-port", DATABASE_URL: "mysql://x" };
    resetEnvCache();
    expect(() => getEnv()).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
  });
});
