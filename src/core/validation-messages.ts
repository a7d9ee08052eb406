/** The words of each validation refusal in the resident's language: Indonesian from the rules core, English on demand. */
import { IDENTITY_MESSAGES_ID, type ValidationKey, type ValidationMessages } from '../rules/identity-messages.js';
import { localised, type Lang } from './i18n.js';

export type { ValidationKey, ValidationMessages };

const validation = localised(IDENTITY_MESSAGES_ID, () => import('./validation-messages.en.js').then((m) => m.en));

export function validationMessage(key: ValidationKey, lang: Lang): string {
  return validation.in(lang)[key];
}
