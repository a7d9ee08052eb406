// The survey's own styles: its questions as radio groups (GOV.UK), the profile's smaller ones, the character count.
import { css } from 'lit';

export const surveyStyles = css`
  fieldset {
    border: 0;
    margin: 0 0 1.5em;
    padding: 0;
    min-width: 0;
  }
  .question__legend {
    padding: 0;
    max-width: 100%;
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .question__name {
    display: block;
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .radio {
    display: grid;
    grid-template-columns: 2.75em 1fr;
    align-items: start;
    margin-bottom: 0.25em;
  }
  .radio input {
    width: 1.75em;
    height: 1.75em;
    margin: 0.25em 0 0;
    accent-color: var(--_color-primary);
  }
  .radio label {
    padding: 0.3em 0;
    cursor: pointer;
  }
  .field__textarea {
    resize: vertical;
  }
  .field__input--short {
    max-width: 8ch;
  }
  .count {
    margin: 0.25em 0 0;
    color: var(--_color-text-muted);
  }
  .count--over {
    color: var(--_color-error);
    font-weight: 700;
  }
  .panel {
    border: 4px solid var(--_color-success);
    padding: 1em;
  }
`;
