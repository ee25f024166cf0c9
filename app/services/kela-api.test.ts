import { describe, expect, it } from "vitest";
import { injectFault } from "../../mocks/node";
import { getCards, getCustody, getInsurance, getMandates, KelaApiError, kelaRequest, searchPerson } from "./kela-api.server";
import { z } from "zod";

describe("Kela API client over the mock back end", () => {
  it("finds a person by identity code (in the body, not the URL) and reads their data", async () => {
    const matti = await searchPerson({ hetu: "150384-901U" });
    expect(matti).toMatchObject({ firstNames: "Matti", lastName: "Meikäläinen", municipalityCode: "091" });
    expect(await getInsurance(matti!.id)).toMatchObject({ status: "insured", ktMarking: false });
    expect((await getCustody(matti!.id)).map((c) => c.name)).toEqual(["Aino Meikäläinen", "Venla Meikäläinen", "Veeti Meikäläinen"]);
    expect(await getCards(matti!.id)).toHaveLength(1);
    expect(await searchPerson({ hetu: "010101-0101" })).toBeNull();
  });

  it("reads mandates with their scope", async () => {
    const helena = await searchPerson({ hetu: "190868-9231" });
    const mandates = await getMandates(helena!.id);
    expect(mandates).toEqual([expect.objectContaining({ scope: "social-security-benefits", principal: expect.objectContaining({ name: "Eino Laine" }) })]);
  });

  it("turns 500s, timeouts and malformed answers into typed errors", async () => {
    const matti = (await searchPerson({ hetu: "150384-901U" }))!;
    injectFault("GET", "/persons/:id/cards", "error");
    await expect(getCards(matti.id)).rejects.toMatchObject({ kind: "unavailable", status: 500 });
    injectFault("GET", "/persons/:id/cards", "malformed");
    await expect(getCards(matti.id)).rejects.toMatchObject({ kind: "invalid_response" });
    injectFault("GET", "/persons/:id/cards", "timeout");
    const error = await getCards(matti.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KelaApiError);
    expect((error as KelaApiError).transient).toBe(true);
    // Recovered: the next call works.
    expect(await getCards(matti.id)).toHaveLength(1);
  });

  it("an endpoint the mock does not know is an error, not a silent pass-through", async () => {
    await expect(kelaRequest("GET", "/no-such-endpoint", z.object({}))).rejects.toMatchObject({ kind: "unavailable" });
  });
});
