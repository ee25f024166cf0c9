import { describe, expect, it } from "vitest";
import { injectFault } from "../../mocks/node";
import { loader } from "./healthz";

describe("GET /healthz (contract)", () => {
  it("200 {status: ok} when the database and back end answer", async () => {
    const response = await loader();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("503 when the back end does not answer", async () => {
    injectFault("GET", "/health", "error");
    const response = await loader();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", checks: { database: true, backend: false } });
  });
});
