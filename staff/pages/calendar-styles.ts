// What the schedule and closures pages add to the shell's page styles: fieldsets of sessions, rows of short inputs
// that wrap on a tablet, radios.
import { css } from 'lit';

export const calendarStyles = css`
  :host {
    display: block;
    max-width: 60rem;
  }
  fieldset {
    border: 0;
    border-top: 1px solid var(--_color-border);
    margin: 0 0 1.5em;
    padding: 1em 0 0;
  }
  legend {
    padding: 0;
  }
  legend [part='heading'] {
    font-size: 1.125em;
    margin: 0;
  }
  .session {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    align-items: flex-end;
    margin-bottom: 0.5em;
  }
  .session__field {
    margin-bottom: 0.5em;
  }
  .session__field .field__input {
    width: 9em;
  }
  .session__remove {
    margin-bottom: 0.5em;
  }
  .field__input--short {
    max-width: 9em;
  }
  select.field__input {
    max-width: 30em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 1.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 1em 0.5em 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .radios {
    border: 0;
    padding: 0;
    margin: 0 0 1.5em;
  }
  .radio {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75em;
  }
  .radio input {
    width: 1.5em;
    height: 1.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: center;
  }
`;
