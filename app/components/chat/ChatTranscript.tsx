import type { ChatReply } from "~/chat/compose";
import type { TFunction } from "~/i18n/translate";
import { ChatReplyView } from "./ChatReplyView";

export type TranscriptItem = { id: string; role: "user" | "bot"; text: string; reply: ChatReply | null };

/**
 * The conversation as a list; new answers are announced (role="log" is a
 * polite live region). The newest answer is #latest, where the page lands
 * after sending without JavaScript.
 */
export function ChatTranscript({
  entries,
  t,
  emptyText,
  busyText,
  latestId = "latest",
}: {
  entries: TranscriptItem[];
  t: TFunction;
  emptyText: string;
  busyText: string | null;
  latestId?: string;
}) {
  const lastBot = entries.findLastIndex((entry) => entry.role === "bot");
  return (
    // The live region wraps the list: a list with role="log" would no longer be a list.
    <div className="chat-log-region" role="log" aria-live="polite">
      <ol className="chat-log">
        {entries.length === 0 && emptyText ? <li className="chat-log__empty">{emptyText}</li> : null}
        {entries.map((entry, index) => (
          <li
            key={entry.id}
            className={`chat-log__entry chat-log__entry--${entry.role}`}
            id={index === lastBot ? latestId : undefined}
            tabIndex={index === lastBot ? -1 : undefined}
          >
            <p className="chat-log__speaker">{entry.role === "user" ? t("chat:you") : t("chat:bot")}</p>
            {entry.role === "bot" && entry.reply ? <ChatReplyView reply={entry.reply} t={t} /> : <p className="chat-log__text">{entry.text}</p>}
          </li>
        ))}
        {busyText ? <li className="chat-log__busy">{busyText}</li> : null}
      </ol>
    </div>
  );
}
