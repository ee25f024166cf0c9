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

  it("turns that arrive together are stored together, each in its own conversation and in order: question, then answer", async () => {
    const questions = Array.from({ length: 15 }, (_, i) => (i % 2 ? `Kadotin kortin ${i}` : `Kortti rikki ${i}`));
    const replies = await Promise.all(questions.map((message) => handleChatMessage({ message, ownerHash: null })));
    expect(new Set(replies.map((r) => r.conversationId)).size).toBe(questions.length);
    for (const [i, reply] of replies.entries()) {
      const transcript = await transcriptOf(reply.conversationId);
      expect(transcript.map((e) => e.role)).toEqual(["user", "bot"]);
      expect(transcript[0]!.text).toBe(questions[i]);
      expect(transcript[1]!.text).toBe(reply.answer);
    }
  });

  it("two turns of one conversation at once are both kept, in the order they came", async () => {
    const first = await handleChatMessage({ message: "hei", ownerHash: "owner-c" });
    const conversation = (await findConversation(first.conversationId, "owner-c"))!;
    await Promise.all([
      handleChatMessage({ message: "Kadotin kortin", conversation, ownerHash: "owner-c" }),
      handleChatMessage({ message: "Kauanko toimitus kestää?", conversation, ownerHash: "owner-c" }),
    ]);
    const transcript = await transcriptOf(first.conversationId);
    expect(transcript.filter((e) => e.role === "user").map((e) => e.text)).toEqual(["hei", "Kadotin kortin", "Kauanko toimitus kestää?"]);
  });
});
