// The survey's strings in English, of the same shape as strings.ts; built into the `.en.js` file beside the script.
import type { SurveyStrings } from './strings.js';

/** English, loaded on first use (core/i18n.ts). */
export const en: SurveyStrings = {
  heading: 'Public satisfaction survey',
  intro:
    'Help us improve the service. Your answer is kept without your name, NIK or booking code, and each visit can be rated once.',
  elementCount: (n: number) => `Question ${n} of 9`,
  elements: {
    requirements: {
      name: 'Requirements',
      question: "How well do the service's requirements fit the kind of service?",
      options: ['Not suitable', 'Less suitable', 'Suitable', 'Very suitable'],
    },
    procedure: {
      name: 'Systems, mechanisms and procedures',
      question: "How easy are this unit's procedures to follow?",
      options: ['Not easy', 'Not very easy', 'Easy', 'Very easy'],
    },
    time: {
      name: 'Completion time',
      question: 'How quickly was the service delivered?',
      options: ['Not fast', 'Not very fast', 'Fast', 'Very fast'],
    },
    cost: {
      name: 'Cost',
      question: 'How fair is the cost of the service?',
      options: ['Very expensive', 'Quite expensive', 'Cheap', 'Free'],
    },
    product: {
      name: 'Product of the service',
      question: 'How well does what you received match what the service standard states?',
      options: ['Not suitable', 'Less suitable', 'Suitable', 'Very suitable'],
    },
    competence: {
      name: 'Staff competence',
      question: 'How competent were the staff who served you?',
      options: ['Not competent', 'Not very competent', 'Competent', 'Very competent'],
    },
    conduct: {
      name: 'Staff conduct',
      question: 'How polite and friendly were the staff?',
      options: [
        'Not polite or friendly',
        'Not very polite or friendly',
        'Polite and friendly',
        'Very polite and friendly',
      ],
    },
    complaints: {
      name: 'Handling of complaints, suggestions and input',
      question: "How are users' complaints handled?",
      options: ['There is no channel', 'There is one, but it does not work', 'It works, not fully', 'Well managed'],
    },
    facilities: {
      name: 'Facilities',
      question: 'What is the quality of the facilities?',
      options: ['Poor', 'Fair', 'Good', 'Very good'],
    },
  },
  profileHeading: 'About you (optional)',
  profileHint: 'To read the results by group. You may skip these.',
  optional: '(optional)',
  profile: {
    sex: { label: 'Sex', options: ['Male', 'Female'] },
    education: {
      label: 'Highest education',
      options: [
        'Primary school',
        'Junior high school',
        'Senior high or vocational school',
        'Diploma (D1–D4)',
        "Bachelor's degree (S1)",
        "Master's degree (S2)",
        'Doctorate (S3)',
      ],
    },
    occupation: {
      label: 'Occupation',
      options: [
        'Civil servant (PNS)',
        'Armed forces (TNI)',
        'Police (Polri)',
        'Private employee',
        'Self-employed',
        'Student',
        'Other',
      ],
    },
    age: { label: 'Age', options: ['Under 20', '20–29', '30–39', '40–49', '50–59', '60 or over'] },
  },
  suggestion: 'Suggestions and comments',
  suggestionHint: (max: number) => `Leave out personal details. Up to ${max} characters.`,
  charactersLeft: (n: number) => (n >= 0 ? `${n} characters left` : `${-n} characters too many`),
  submit: 'Send answers',
  sending: 'Sending your answers…',
  errorSummary: 'There is a problem',
  errorPrefix: 'Error:',
  chooseOne: (name: string) => `Choose an answer for ${name.toLowerCase()}`,
  suggestionTooLong: (max: number) => `Suggestions must be ${max} characters or fewer`,
  sentTitle: 'Thank you',
  sentBody: 'We have your answers and will use them to improve the service.',
  answeredTitle: 'Survey already answered',
  answeredBody: 'The survey for this visit has been answered. Each visit can be rated once. Thank you.',
  notServedTitle: 'The survey is not open yet',
  notServedBody: 'The survey opens once you have been served at the counter.',
  failedTitle: 'Your answers were not sent',
  failedBody: 'Your answers are still on this page.',
  retry: 'Send again',
  verifyIntro: (factor: string) => `Enter the booking code of your visit and the ${factor} to open the survey.`,
  code: 'Booking code',
  codeHint: 'For example: RSV-7KQ2M9XA',
  verify: 'Open the survey',
  checking: 'Checking your visit…',
  codeRequired: 'Enter the booking code',
  notFoundTitle: 'Visit not found',
  notFoundBody: (factor: string) => `Check the booking code and the ${factor}.`,
};
