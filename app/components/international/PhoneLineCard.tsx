import type { ReactNode } from "react";
import type { PhoneLineView } from "~/domain/international";
import { useT } from "~/i18n/useT";

/**
 * One KV-keskus phone line: the +358 number as a tel: link (it works from
 * abroad and in Finland), the domestic form, languages, hours and whether it
 * is open right now (computed on the server for Finnish time).
 */
export function PhoneLineCard({ line, title, children }: { line: PhoneLineView; title: ReactNode; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="panel phone-line" data-testid={`phone-line-${line.id}`}>
      <h3 className="phone-line__title">{title}</h3>
      {children}
      <p className="phone-line__number">
        {t("international:line.fromAbroad")} <a href={line.href}>{line.international}</a>
      </p>
      <p>{t("international:line.domestic", { number: line.domestic })}</p>
      <p>{t("international:line.languages", { languages: line.languages })}</p>
      <p>{t("international:line.hours", line.hours)}</p>
      <LineStatus line={line} />
    </div>
  );
}

export function LineStatus({ line }: { line: PhoneLineView }) {
  const t = useT();
  const { status } = line;
  let text: string;
  if (status.open) text = t("international:status.openUntil", { time: status.closes });
  else if (status.opens === null) text = t("international:status.closed");
  else if (status.day === null) text = t("international:status.opensToday", { time: status.opens });
  else text = t("international:status.opensOn", { day: status.day, time: status.opens });
  return (
    <p className={`line-status line-status--${status.open ? "open" : "closed"}`} data-testid="line-status">
      {status.at ? <time dateTime={status.at}>{text}</time> : text}
    </p>
  );
}
