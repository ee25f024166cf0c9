import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { useT } from "~/i18n/useT";
import { fieldId } from "./ErrorSummary";

type Common = { name: string; label: ReactNode; hint?: ReactNode; error?: string; optional?: boolean };

function describedBy(name: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : "", error ? `${fieldId(name)}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function HintAndError({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <div id={`${fieldId(name)}-hint`} className="field__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${fieldId(name)}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

function LabelText({ label, optional }: { label: ReactNode; optional?: boolean }) {
  const t = useT();
  return (
    <>
      {label}
      {optional ? <span className="field__optional"> ({t("form.optional")})</span> : null}
    </>
  );
}

type ControlProps = { id: string; name: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

/** Label, hint and error around one control, wired together for assistive technology. */
function FieldFrame({ name, label, hint, error, optional, control }: Common & { control: (props: ControlProps) => ReactNode }) {
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={fieldId(name)} className="field__label">
        <LabelText label={label} optional={optional} />
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      {control({ id: fieldId(name), name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(name, hint, error) })}
    </div>
  );
}

export function TextField({ name, label, hint, error, optional, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame {...{ name, label, hint, error, optional }} control={(props) => <input {...props} className="field__input" {...input} />} />
  );
}

export function TextArea({ name, label, hint, error, optional, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame
      {...{ name, label, hint, error, optional }}
      control={(props) => <textarea {...props} className="field__textarea" rows={5} {...area} />}
    />
  );
}

export type Choice = { value: string; label: ReactNode; hint?: ReactNode };

/**
 * Radio buttons (or checkboxes) in a fieldset with a legend. The first
 * option carries the field id, so the error summary link lands on it.
 */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  choices,
  defaultValue,
  type = "radio",
  legendAsHeading = false,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  choices: Choice[];
  defaultValue?: string | string[];
  type?: "radio" | "checkbox";
  /** One question per page: the legend is the page's h1. */
  legendAsHeading?: boolean;
}) {
  const selected = Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : [];
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset aria-describedby={describedBy(name, hint, error)} className="choices">
        <legend className={legendAsHeading ? "choices__legend choices__legend--heading" : "choices__legend"}>
          {legendAsHeading ? <h1>{legend}</h1> : legend}
        </legend>
        <HintAndError name={name} hint={hint} error={error} />
        {choices.map((choice, index) => {
          const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${choice.value}`;
          return (
            <div className="choice" key={choice.value}>
              <input
                type={type}
                id={id}
                name={name}
                value={choice.value}
                defaultChecked={selected.includes(choice.value)}
                aria-describedby={choice.hint ? `${id}-hint` : undefined}
                className="choice__input"
              />
              <label htmlFor={id} className="choice__label">
                {choice.label}
              </label>
              {choice.hint ? (
                <div id={`${id}-hint`} className="choice__hint">
                  {choice.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
