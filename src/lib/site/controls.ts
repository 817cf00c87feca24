/**
 * Class names of the shared form controls (Button.astro, FormField.astro; styles in src/styles/controls.css).
 * Islands that build buttons or fields in the browser take the names from here, so script-made controls look like
 * server-rendered ones. Browser-safe.
 */

/**
 * primary: the one main action (filled); secondary: other actions (outlined); subtle: a button among form fields,
 * drawn like them; inverse: a button on the accent-coloured header.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'subtle' | 'inverse';

export function buttonClass(variant: ButtonVariant): string {
  return `pv-button pv-button--${variant}`;
}

export const FIELD_CLASSES = {
  field: 'pv-field',
  label: 'pv-field__label',
  hint: 'pv-field__hint',
  error: 'pv-field__error',
  row: 'pv-field__row',
  control: 'pv-field__control',
} as const;

/** The ids FormField gives a field's hint and error, which its control's aria-describedby points to. */
export function fieldDescriptionIds(id: string): { hint: string; error: string } {
  return { hint: `${id}-hint`, error: `${id}-error` };
}
