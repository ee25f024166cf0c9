import { Fragment, type ReactNode } from "react";
import type { TFunction, TVars } from "./translate";

/**
 * A translation with markup in it: "Read the <link>statement</link>." with
 * `components={{ link: (text) => <Link to=…>{text}</Link> }}`. Tags are
 * simple and not nested; everything else is text (React escapes it).
 */
export function Trans({
  t,
  k,
  vars,
  components,
}: {
  t: TFunction;
  k: string;
  vars?: TVars;
  components: Record<string, (children: string) => ReactNode>;
}) {
  const text = t(k, vars);
  const parts: ReactNode[] = [];
  const pattern = /<(\w+)>(.*?)<\/\1>/g;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    const render = components[match[1]!];
    parts.push(<Fragment key={match.index}>{render ? render(match[2]!) : match[2]}</Fragment>);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
