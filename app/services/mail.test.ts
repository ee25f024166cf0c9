import { afterEach, describe, expect, it } from "vitest";
import { getEnv, resetEnvCache } from "~/env.server";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe("mail configuration", () => {
  it("refuses to start in production without SMTP_URL and PUBLIC_URL (links are mailed), naming both", () => {
    process.env = { ...saved, NODE_ENV: "production", MOCKS: "false", KELA_API_URL: "https://api.kela.example/v1" };
    delete process.env.APP_NOW;
    delete process.env.SMTP_URL;
    delete process.env.PUBLIC_URL;
    resetEnvCache();
    expect(() => getEnv()).toThrow(/SMTP_URL: is required in production[\s\S]*PUBLIC_URL: is required in production/);
  });

  it("in mock mode mail goes to the in-process catcher: no SMTP_URL needed", () => {
    process.env = { ...saved, NODE_ENV: "production", MOCKS: "true" };
    delete process.env.SMTP_URL;
    resetEnvCache();
    expect(getEnv().SMTP_URL).toBeUndefined();
  });
});
