import { Link } from "@remix-run/react";
import type { ChatReply } from "~/chat/compose";
import type { TFunction } from "~/i18n/translate";

/**
 * One bot reply, as the chat page and the widget show it: the answer, the
 * flows it offers, the human channels of a handover (with the phone line's
 * open/closed status) and the rules it is based on. The reply's own texts
 * carry its language (it may differ from the page's).
 */
function InternalOrExternal({ href, children, className }: { href: string; children: string; className?: string }) {
  return href.startsWith("/") ? (
    <Link to={href} className={className}>
      {children}
    </Link>
  ) : (
    <a href={href} className={className}>
      {children}
    </a>
  );
}

export function ChatReplyView({ reply, t }: { reply: ChatReply; t: TFunction }) {
  return (
    <div className="chat-reply">
      <div lang={reply.lang}>
        {reply.answer.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      {reply.actions.length ? (
        <>
          <p className="chat-reply__label">{t("chat:nextSteps")}</p>
          <ul className="chat-reply__actions" lang={reply.lang}>
            {reply.actions.map((action) => (
              <li key={action.href}>
                <InternalOrExternal href={action.href} className="button button--secondary">
                  {action.label}
                </InternalOrExternal>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {reply.handoff ? (
        <>
          <p className="chat-reply__label">{t("chat:handoffTitle")}</p>
          <ul className="chat-reply__channels">
            {reply.handoff.channels.map((channel) => (
              <li key={channel.kind}>
                <span lang={reply.lang}>
                  {channel.href ? <InternalOrExternal href={channel.href}>{channel.label}</InternalOrExternal> : channel.label}
                </span>
                {channel.openNow === undefined ? null : (
                  <span className={`chat-status chat-status--${channel.openNow ? "open" : "closed"}`}>
                    {" "}
                    ({t(channel.openNow ? "chat:openNow" : "chat:closedNow")})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {reply.sources.length ? (
        <>
          <p className="chat-reply__label">{t("chat:sources")}</p>
          <ul className="chat-reply__sources" lang={reply.lang}>
            {reply.sources.map((source) => (
              <li key={source.ruleId ?? source.title}>
                {source.href ? (
                  <InternalOrExternal href={source.href}>{`${source.ruleId ?? ""} ${source.title ?? ""}`.trim()}</InternalOrExternal>
                ) : (
                  `${source.ruleId ?? ""} ${source.title ?? ""}`.trim()
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
