// The second factor's text field as the MPP chose it, for every element that asks it (the tracker, the survey placed
// alone): its words, and a date of birth typed with hyphens (which not every numeric keypad has) or filled in.
import type { TemplateResult } from 'lit';
import type { Lang } from '../../core/i18n.js';
import { secondFactorWords, type SecondFactor } from '../../core/second-factor.js';
import { textField } from './field.js';

export function secondFactorField(
  factor: SecondFactor,
  o: { lang: Lang; error?: string; errorPrefix: string; required?: boolean },
): TemplateResult {
  const [label, hint] = secondFactorWords.in(o.lang)[factor.kind];
  const birth = factor.kind === 'birth_date';
  return textField({
    id: 'last4',
    label,
    hint,
    error: o.error,
    value: factor.value,
    inputmode: birth ? undefined : 'numeric',
    autocomplete: birth ? 'bday' : 'off',
    size: birth ? 'medium' : 'short',
    maxlength: birth ? 10 : 4,
    required: o.required,
    errorPrefix: o.errorPrefix,
    onInput: (v) => factor.set(v),
  });
}
