// React 19 with the package's JSX types: the three tags, their attributes and their events type-check.
import type {} from 'mpp-widgets/types/react';
import { useRef } from 'react';
import type { MppQueueBooking } from 'mpp-widgets';

export function BookingPage({ onBooked }: { onBooked: (code: string) => void }) {
  const booking = useRef<MppQueueBooking>(null);
  return (
    <main>
      <mpp-service-finder
        agency="disdukcapil"
        booking-url="/antrean?layanan={service}"
        heading-level={2}
        sync-url
        theme="auto"
        onmpp-service-select={(e) => console.log(e.detail.serviceId)}
      />
      <mpp-queue-booking
        ref={booking}
        api-base="https://mpp.example.go.id/api/v1"
        lang="en"
        service="polresta-penerbitan-skck-baru"
        onmpp-booking-confirmed={(e) => onBooked(e.detail.code)}
      />
      <mpp-status-tracker refresh-interval="30" className="tracker" style={{ marginTop: '1rem' }} />
    </main>
  );
}
