// What a booking keeps besides its identity (issue 19), one migration per engine appended to each engine's list:
// - the answers to its service's extra fields (src/rules/booking-fields.ts): personal data, kept as JSON text beside
//   the name and phone, and erased with them (the declarations need no column: they live in the service's document);
// - why it was cancelled: the reason's code (kept after erasure: it says nothing of the person) and the resident's
//   own words (erased with the name).
export const BOOKING_FIELDS_MIGRATION = `
  ALTER TABLE bookings ADD COLUMN extra_fields TEXT;
  ALTER TABLE bookings ADD COLUMN cancel_reason TEXT;
  ALTER TABLE bookings ADD COLUMN cancel_note TEXT;
`;
