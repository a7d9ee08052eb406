// The built-in source: applications kept in the MPP's own database.
import type { BookingStore } from '../store/types.js';
import type { ApplicationSource } from './types.js';

export function storeSource(store: BookingStore): ApplicationSource {
  return {
    name: 'store',
    changeable: true,
    handles: () => true,
    // The MPP numbers its own applications in upper case; residents type them in any case.
    normalise: (number) => number.toUpperCase(),
    async find(number) {
      const application = await store.application(number);
      return application ? { kind: 'found', application } : { kind: 'not_found' };
    },
  };
}
