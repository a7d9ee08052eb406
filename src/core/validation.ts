/**
 * Validation of what residents type. The checks are booking rules the server applies too, so they live in the
 * rules core (`src/rules/identity.ts`); the widgets read them from here.
 */
export * from '../rules/identity.js';
