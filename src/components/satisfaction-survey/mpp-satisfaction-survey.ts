// Registers `<mpp-satisfaction-survey>` (and only that): import it to define the tag, or satisfaction-survey.ts for
// the class alone.
import { defineElement } from '../../core/define.js';
import { MppSatisfactionSurvey } from './satisfaction-survey.js';
import type { SurveySentDetail } from './satisfaction-survey.js';

export { MppSatisfactionSurvey };
export type { SurveySentDetail } from './satisfaction-survey.js';

defineElement('mpp-satisfaction-survey', MppSatisfactionSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'mpp-satisfaction-survey': MppSatisfactionSurvey;
  }
  interface HTMLElementEventMap {
    'mpp-survey-sent': CustomEvent<SurveySentDetail>;
  }
}
