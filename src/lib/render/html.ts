/**
 * Safe HTML by construction for pages Dossier writes without Astro's
 * renderer (claim, article and original pages: tens of thousands in a large
 * dossier, where a component render per page costs more than the whole page).
 * Every interpolated value is escaped exactly as Astro escapes expressions,
 * unless it is already `SafeHtml`, so article text can never become markup.
 */

/** Markup that is already safe to insert: built by `html` or marked by `trustedHtml`. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate; `false`, `null` and `undefined` render as nothing. */
export type HtmlValue = string | number | SafeHtml | false | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values (the characters Astro escapes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: HtmlValue): string {
  if (value === false || value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are markup, every `${value}` is escaped (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks markup Dossier itself produced (the loader's rendered article HTML) as safe to insert as it is. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** ` name="value"` with the value escaped, or nothing when the value is absent (as Astro omits `undefined`). */
export function attr(name: string, value: string | undefined): SafeHtml {
  return new SafeHtml(value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`);
}
