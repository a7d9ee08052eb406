// Each line marked MISUSE must fail the type check (test/frameworks/frameworks.test.mjs reads the markers).
import type {} from 'mpp-widgets/types/solid';

export const Wrong = () => (
  <div>
    {/* MISUSE: theme takes light, dark or auto */}
    <mpp-service-finder theme="purple" />
    {/* MISUSE: detail has no nik */}
    <mpp-queue-booking on:mpp-booking-confirmed={(e) => console.log(e.detail.nik)} />
    {/* MISUSE: heading-level is a number */}
    <mpp-status-tracker heading-level="second" />
  </div>
);
