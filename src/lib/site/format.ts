/**
 * The one way UI text is filled in, on the server and in the islands alike: `{name}` placeholders and counted texts
 * whose form Intl.PluralRules picks, so no component hard-codes "count === 1". Browser-safe.
 */
export type Placeholders = Record<string, string | number>;

/**
 * A counted text. `zero` is optional wording for nothing at all ("Geen resultaten"): Dutch plural rules have no zero
 * form, so without it 0 takes the `other` form ("0 resultaten").
 */
export interface CountedText {
  zero?: string;
  one: string;
  other: string;
}

const rules = new Intl.PluralRules('nl-BE');

/** Fills `{name}` placeholders; an unknown name stays visible, so a typo in a key is noticed rather than hidden. */
export function format(template: string, values: Placeholders = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The form of `text` the Dutch plural rules pick for `count`. */
export function pluralForm(count: number, text: CountedText): string {
  if (count === 0 && text.zero !== undefined) return text.zero;
  return rules.select(count) === 'one' ? text.one : text.other;
}

/** The right form of `text` for `count`, filled with `{count}` and the other placeholders. */
export function formatCount(text: CountedText, count: number, values: Placeholders = {}): string {
  return format(pluralForm(count, text), { count, ...values });
}
