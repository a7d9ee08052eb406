/**
 * Friendly names for the schemas of the MPP API contract (`openapi.yaml`). The contract is the source of truth:
 * `mpp-api.d.ts` is generated from it by `npm run api:types`.
 */
import type { components } from './mpp-api.js';

type Schemas = components['schemas'];

export type Agency = Schemas['Agency'];
export type Counter = Schemas['Counter'];
export type OpeningHours = Schemas['OpeningHours'];
export type Contact = Schemas['Contact'];
export type Cost = Schemas['Cost'];
export type Duration = Schemas['Duration'];
export type ServiceSummary = Schemas['ServiceSummary'];
export type ServiceList = Schemas['ServiceList'];
export type BookingField = Schemas['BookingField'];
export type LocalText = Schemas['LocalText'];
export type ServiceDetail = Schemas['ServiceDetail'];
export type ComplaintChannel = Schemas['ComplaintChannel'];
export type ClosedReason = Schemas['ClosedReason'];
export type Session = Schemas['Session'];
export type AvailabilityDay = Schemas['AvailabilityDay'];
export type Availability = Schemas['Availability'];
export type BookingRequest = Schemas['BookingRequest'];
export type BookingLookupRequest = Schemas['BookingLookupRequest'];
export type RescheduleRequest = Schemas['RescheduleRequest'];
export type CancelRequest = Schemas['CancelRequest'];
export type CancelReason = Schemas['CancelReason'];
export type BookingStatus = Schemas['BookingStatus'];
export type BookingQueue = Schemas['BookingQueue'];
export type QueueCounter = Schemas['QueueCounter'];
export type Booking = Schemas['Booking'];
export type QrCode = Schemas['QrCode'];
export type ApplicationLookupRequest = Schemas['ApplicationLookupRequest'];
export type ApplicationStep = Schemas['ApplicationStep'];
export type Application = Schemas['Application'];
export type StatusLookupRequest = Schemas['StatusLookupRequest'];
/** What `POST /lookup` found: a booking or an application, told apart by `kind`. */
export type StatusLookupResult = Booking | Application;
export type Queue = Schemas['Queue'];
export type SurveyAnswer = Schemas['SurveyAnswer'];
export type SurveyReceipt = Schemas['SurveyReceipt'];
export type SatisfactionReport = Schemas['SatisfactionReport'];
export type IkmGroupResult = Schemas['IkmGroup'];
export type PublicSatisfaction = Schemas['PublicSatisfaction'];
export type PublicIkm = Schemas['PublicIkm'];
export type HallCall = Schemas['HallCall'];
export type HallCounter = Schemas['HallCounter'];
export type HallBoard = Schemas['HallBoard'];
export type MppConfig = Schemas['MppConfig'];
export type SecondFactorKind = Schemas['SecondFactorKind'];
export type ProblemCode = Schemas['ProblemCode'];
export type FieldError = Schemas['FieldError'];
export type Problem = Schemas['Problem'];
export type ServiceStandard = Schemas['ServiceStandard'];
export type StaffService = Schemas['StaffService'];
export type StaffServiceNew = Schemas['StaffServiceNew'];
export type StaffServiceChange = Schemas['StaffServiceChange'];
export type ImportRowError = Schemas['ImportRowError'];
export type ServiceTranslation = Schemas['ServiceTranslation'];
export type TranslatableField = Schemas['TranslatableField'];
