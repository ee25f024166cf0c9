import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, DAY, setNow } from "~/services/clock.server";
import { handleChatMessage } from "~/services/chat.server";
import { deleteOldTranscripts, findConversation, transcriptOf } from "~/services/chat-transcripts.server";

/** Transcripts (issue 7): stored redacted, deleted 30 days after the last message. */
afterEach(() => setNow(new Date(process.env.APP_NOW!)));

describe("chat transcripts", () => {
  it("are deleted 30 days after the last message, with their conversation; newer ones stay", async () => {
    const old = await handleChatMessage({ message: "Kadotin kortin", ownerHash: null });
    advanceClock(20 * DAY);
    const recent = await handleChatMessage({ message: "Kortti rikki", ownerHash: null });
    advanceClock(10 * DAY + 60_000);
    await deleteOldTranscripts();
    expect(await findConversation(old.conversationId, null)).toBeNull();
    expect(await transcriptOf(old.conversationId)).toEqual([]);
    expect(await transcriptOf(recent.conversationId)).toHaveLength(2);
  });

  it("a conversation continued within 30 days is kept whole", async () => {
    const first = await handleChatMessage({ message: "hei", ownerHash: null });
    advanceClock(25 * DAY);
    await handleChatMessage({ message: "Kadotin kortin", conversationId: first.conversationId, ownerHash: null });
    advanceClock(10 * DAY);
    await deleteOldTranscripts();
    expect(await transcriptOf(first.conversationId)).toHaveLength(2);
  });

  it("a page's conversation cannot be continued by another session or an API client", async () => {
    const mine = await handleChatMessage({ message: "hei", ownerHash: "owner-a" });
    expect(await findConversation(mine.conversationId, "owner-b")).toBeNull();
    expect(await findConversation(mine.conversationId, null)).toBeNull();
    expect(await findConversation(mine.conversationId, "owner-a")).not.toBeNull();
  });
});
