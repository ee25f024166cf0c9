import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { ChatReply } from "~/chat/compose";
import { redactHetus } from "~/domain/hetu";
import type { Lang } from "~/i18n/languages";
import { createT } from "~/i18n/translate";
import en from "../../../locales/en/chat.json";
import fi from "../../../locales/fi/chat.json";
import sv from "../../../locales/sv/chat.json";
import { ChatTranscript, type TranscriptItem } from "./ChatTranscript";

/**
 * The chat widget's panel, loaded only when opened (ChatLauncher). It talks
 * to POST /api/chat; the conversation id and the last messages survive page
 * changes in sessionStorage (identity codes already redacted). Keyboard:
 * focus starts in the message field, Enter sends, Shift+Enter starts a new
 * line, Escape closes. Answers are announced (the log is a live region).
 */
export type ChatPanelProps = { id: string; lang: Lang; onClose: () => void };

const TEXTS = { fi, sv, en };
const STORAGE_KEY = "kela-chat";
const MAX_LENGTH = 2000;
type Stored = { conversationId: string | null; entries: TranscriptItem[] };

function readStored(): Stored {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "null") as Stored | null;
    if (stored && Array.isArray(stored.entries)) return stored;
  } catch {
    // Unreadable: start afresh.
  }
  return { conversationId: null, entries: [] };
}

export function ChatPanel({ id, lang, onClose }: ChatPanelProps) {
  const t = useMemo(() => createT(lang, { chat: TEXTS[lang] }), [lang]);
  const [state, setState] = useState<Stored>(readStored);
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ ...state, entries: state.entries.slice(-20) }));
  }, [state]);

  async function send(event?: FormEvent) {
    event?.preventDefault();
    const message = draft.trim();
    if (!message) return setError(t("chat:errors.empty"));
    if ([...message].length > MAX_LENGTH) return setError(t("chat:errors.tooLong"));
    setError(null);
    setBusy(true);
    const userEntry: TranscriptItem = { id: `u${Date.now()}`, role: "user", text: redactHetus(message), reply: null };
    setState((s) => ({ ...s, entries: [...s.entries, userEntry] }));
    setDraft("");
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ message, ...(state.conversationId ? { conversationId: state.conversationId } : {}) }),
      });
      if (response.status === 429) throw new Error(t("chat:errors.rateLimited"));
      if (!response.ok) throw new Error(t("chat:errors.failed"));
      const reply = (await response.json()) as ChatReply & { conversationId: string };
      const botEntry: TranscriptItem = { id: `b${Date.now()}`, role: "bot", text: reply.answer, reply };
      setState((s) => ({ conversationId: reply.conversationId, entries: [...s.entries, botEntry] }));
    } catch (failure) {
      setError(failure instanceof Error && failure.message ? failure.message : t("chat:errors.failed"));
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") onClose();
  }

  function onFieldKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      if (!busy) void send();
    }
  }

  return (
    <div id={id} className="chat-panel" role="dialog" aria-modal="false" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <div className="chat-panel__header">
        <h2 id={`${id}-title`} className="chat-panel__title">
          {t("chat:widget.title")}
        </h2>
        <button type="button" className="link-button chat-panel__close" onClick={onClose}>
          {t("chat:widget.close")}
        </button>
      </div>
      <div className="chat-panel__body">
        <p className="chat-panel__intro">{t("chat:widget.intro")}</p>
        <ChatTranscript entries={state.entries} t={t} emptyText="" busyText={busy ? t("chat:widget.thinking") : null} latestId={`${id}-latest`} />
      </div>
      <form className="chat-panel__form" onSubmit={(event) => void send(event)} noValidate>
        <label htmlFor={`${id}-message`} className="field__label">
          {t("chat:messageLabel")}
        </label>
        {error ? (
          <p id={`${id}-error`} className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <textarea
          ref={input}
          id={`${id}-message`}
          className="field__textarea"
          rows={2}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onFieldKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <div className="chat-panel__actions">
          <button type="submit" className="button" disabled={busy}>
            {t("chat:send")}
          </button>
          <a href={`/${lang}/chat`}>{t("chat:widget.fullPage")}</a>
        </div>
      </form>
    </div>
  );
}
