import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { TextArea, TextField } from "~/components/form/fields";
import { useLang, useT } from "~/i18n/useT";

/**
 * The parts the two declaration forms share (C-AUTH-3 "other person",
 * C-AUTH-4 written power of attorney): whose identity code (typed, sent in
 * the POST body only), the declaration text, and the buttons.
 */
export function TargetHetuField({ label, hint, error, defaultValue }: { label: string; hint: string; error?: string; defaultValue?: string }) {
  return (
    <TextField
      name="hetu"
      autoComplete="off"
      spellCheck={false}
      maxLength={11}
      className="field__input field__input--short"
      label={label}
      hint={hint}
      error={error}
      defaultValue={defaultValue}
    />
  );
}

export function DeclarationText({ label, hint, error, defaultValue }: { label: string; hint: string; error?: string; defaultValue?: string }) {
  return <TextArea name="declaration" maxLength={2000} label={label} hint={hint} error={error} defaultValue={defaultValue} />;
}

export function DeclarationButtons({ submit }: { submit: ReactNode }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="button-group">
      <button type="submit" className="button">
        {submit}
      </button>
      <Link to={`/${lang}/act-for`}>{t("proxy:back")}</Link>
    </div>
  );
}
