import { useLocation } from "@remix-run/react";
import { useEffect, useRef, useState, type ComponentType } from "react";
import { useLang, useT } from "~/i18n/useT";
import type { ChatPanelProps } from "./ChatPanel";

/**
 * The chat on every page. What the first page load carries is only this
 * button (a link to /{lang}/chat without JavaScript); the panel's code is
 * fetched when the user opens it.
 */
export function ChatLauncher() {
  const lang = useLang();
  const t = useT();
  const { pathname } = useLocation();
  const [hydrated, setHydrated] = useState(false);
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<ChatPanelProps> | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => setHydrated(true), []);

  if (pathname.startsWith(`/${lang}/chat`)) return null;

  const openPanel = async () => {
    if (!Panel) {
      const module = await import("./ChatPanel");
      setPanel(() => module.ChatPanel);
    }
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <aside className="chat-widget" aria-label={t("nav.chat")}>
      {open && Panel ? <Panel id="chat-panel" lang={lang} onClose={close} /> : null}
      {hydrated ? (
        <button
          ref={button}
          type="button"
          className="chat-launcher"
          aria-expanded={open}
          aria-controls={open ? "chat-panel" : undefined}
          onClick={open ? close : () => void openPanel()}
        >
          {t("nav.chat")}
        </button>
      ) : (
        <a className="chat-launcher" href={`/${lang}/chat`}>
          {t("nav.chat")}
        </a>
      )}
    </aside>
  );
}
