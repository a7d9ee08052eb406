// Solid with the package's JSX types: the three tags, their attributes and their events type-check.
import type {} from 'mpp-widgets/types/solid';
import type { MppQueueBooking } from 'mpp-widgets';

export function BookingPage(props: { onBooked: (code: string) => void }) {
  const setBooking = (el: MppQueueBooking) => console.log(el.service);
  return (
    <main>
      <mpp-service-finder
        agency="disdukcapil"
        booking-url="/antrean?layanan={service}"
        heading-level={2}
        sync-url
        theme="auto"
        on:mpp-service-select={(e) => console.log(e.detail.serviceId)}
      />
      <mpp-queue-booking
        ref={setBooking}
        api-base="https://mpp.example.go.id/api/v1"
        lang="en"
        service="polresta-penerbitan-skck-baru"
        on:mpp-booking-confirmed={(e) => props.onBooked(e.detail.code)}
      />
      <mpp-status-tracker refresh-interval="30" class="tracker" style={{ 'margin-top': '1rem' }} />
    </main>
  );
}
