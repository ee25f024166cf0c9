import { describe, expect, it } from "vitest";
import { isReason, lossExplanationProblem, yesNo } from "./answers";

describe("answers", () => {
  it("C-LOST-1: the explanation of a loss is required, short and without identity codes", () => {
    expect(lossExplanationProblem("")).toBe("required");
    expect(lossExplanationProblem("   ")).toBe("required");
    expect(lossExplanationProblem("x".repeat(1001))).toBe("tooLong");
    expect(lossExplanationProblem("x".repeat(1000))).toBeNull();
    expect(lossExplanationProblem("my code is 150384-901U")).toBe("containsHetu");
    expect(lossExplanationProblem("Lost it at the swimming hall")).toBeNull();
  });

  it("reads reasons and yes/no answers strictly", () => {
    expect(isReason("lost")).toBe(true);
    expect(isReason("stolen")).toBe(false);
    expect(yesNo("yes")).toBe(true);
    expect(yesNo("no")).toBe(false);
    expect(yesNo("maybe")).toBeNull();
    expect(yesNo(undefined)).toBeNull();
  });
});
