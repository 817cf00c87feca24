/**
 * Choosing between the singular and plural form of a counted text. Intl.PluralRules knows the Dutch rules, so no
 * component hard-codes "count === 1". Browser-safe.
 */
const rules = new Intl.PluralRules('nl-BE');

/** The "one" or the "other" template for `count`, as the Dutch plural rules pick it. */
export function pluralForm<T>(count: number, forms: { one: T; other: T }): T {
  return rules.select(count) === 'one' ? forms.one : forms.other;
}
