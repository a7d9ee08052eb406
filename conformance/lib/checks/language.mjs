// Content in the resident's language: `Accept-Language` chooses Bahasa Indonesia or English, the answer says which
// (`Content-Language`) and tells caches (`Vary: Accept-Language`, an ETag per language), and a text without a
// translation falls back to Bahasa Indonesia and is named in `untranslated`. A booking's answers (its replay and its
// look-up too) name the service in the language asked for.
import { newKey, newResident } from '../residents.mjs';
import { expect, Skip } from '../runner.mjs';
import { expectAnswer } from './answers.mjs';
import { bookingTools, last4 } from './booking-support.mjs';

const varies = (answer) =>
  (answer.headers.get('vary') ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .includes('accept-language');

/** The value a field of the contract's `TranslatableField` names, as text (lists and objects as JSON). */
const valueOf = (service, field) => {
  const value = field === 'duration' || field === 'cost' ? service[field]?.text : service[field];
  return JSON.stringify(value ?? null);
};

export function languageChecks({ check }, ctx) {
  const { call } = ctx.client;
  const en = { 'Accept-Language': 'en' };

  check(
    'language.english',
    'Accept-Language: en answers the catalogue and a service in English, with Content-Language, Vary and an ETag of its own',
    async () => {
      const id = expectAnswer(ctx, await call('listServices'), 200);
      const list = expectAnswer(ctx, await call('listServices', { headers: en }), 200);
      for (const [answer, lang] of [
        [id, 'id'],
        [list, 'en'],
      ]) {
        const said = answer.headers.get('content-language');
        expect(said === lang, `GET /services in ${lang}: Content-Language ${said ?? 'missing'}, not ${lang}`);
        expect(
          varies(answer),
          `GET /services: Vary does not name Accept-Language (${answer.headers.get('vary') ?? 'no Vary'})`,
        );
      }
      const tag = list.headers.get('etag');
      expect(
        tag && tag !== id.headers.get('etag'),
        'GET /services has the same ETag in English as in Bahasa Indonesia',
      );
      const notEnglish = list.json.items.find((s) => s.lang !== 'en');
      expect(
        !notEnglish,
        () => `GET /services in English: service ${notEnglish.id} has lang ${notEnglish.lang ?? '(none)'}`,
      );
      // The Indonesian list's tag must not revalidate the English one.
      const crossed = await call('listServices', { headers: { ...en, 'If-None-Match': id.headers.get('etag') } });
      expect(
        crossed.status === 200,
        `GET /services in English with the Indonesian ETag answered ${crossed.status}, not 200`,
      );
      // q-values: English ranked below Bahasa Indonesia is not chosen.
      const ranked = await call('listServices', { headers: { 'Accept-Language': 'en;q=0.3, id' } });
      expect(
        ranked.headers.get('content-language') === 'id',
        `Accept-Language "en;q=0.3, id" answered Content-Language ${ranked.headers.get('content-language')}, not id`,
      );
      const serviceId = (ctx.service ?? list.json.items[0]).id;
      const one = expectAnswer(ctx, await call('getService', { params: { serviceId }, headers: en }), 200);
      expect(
        one.headers.get('content-language') === 'en',
        `GET /services/${serviceId} in English: Content-Language ${one.headers.get('content-language') ?? 'missing'}`,
      );
      expect(varies(one), `GET /services/${serviceId}: Vary does not name Accept-Language`);
      ctx.english = { list: list.json, indonesian: id.json, serviceId, detail: one.json };
      const translated = list.json.items.filter((s) => !s.untranslated?.length).length;
      return `${translated} of ${list.json.items.length} services wholly in English`;
    },
    { needs: ['catalogue.services'] },
  );

  check(
    'language.fallback',
    'a text without translation is the Indonesian one and is named in untranslated; a search finds the Indonesian name',
    async () => {
      const { list, indonesian, serviceId, detail } = ctx.english;
      const idDetail = expectAnswer(ctx, await call('getService', { params: { serviceId } }), 200).json;
      for (const field of detail.untranslated ?? [])
        expect(
          valueOf(detail, field) === valueOf(idDetail, field),
          `GET /services/${serviceId} in English: ${field} is named untranslated but is not the Indonesian text`,
        );
      const byId = new Map(indonesian.items.map((s) => [s.id, s]));
      let fallbacks = 0;
      for (const s of list.items) {
        const original = byId.get(s.id);
        if (!original) continue;
        for (const field of s.untranslated ?? []) {
          fallbacks++;
          expect(
            valueOf(s, field) === valueOf(original, field),
            `GET /services in English: ${s.id}'s ${field} is named untranslated but is not the Indonesian text`,
          );
        }
        if (s.name !== original.name)
          expect(
            s.keywords.includes(original.name),
            `GET /services in English: ${s.id} does not keep its Indonesian name "${original.name}" in keywords`,
          );
      }
      return `${fallbacks} untranslated texts checked`;
    },
    { needs: ['language.english'] },
  );

  check(
    'language.booking',
    'a booking made, replayed and looked up in English names the service as the English catalogue does, with Content-Language and Vary',
    async () => {
      const { book, remaining } = bookingTools(ctx);
      // A booking of its own: the main one's code may be locked by the second-factor checks' wrong guesses. In the
      // roomiest session other than those the booking checks use, so a run takes no place they count on.
      const { main, race } = ctx.sessions;
      let session;
      const roomiest = ctx.openSessions
        .filter((s) => s !== race && s !== main)
        .sort((a, b) => b.remaining - a.remaining);
      for (const s of [...roomiest, main])
        if ((await remaining(s)) > 0) {
          session = s;
          break;
        }
      if (!session) throw new Skip(`no open session of ${ctx.service.id} with a place left`);
      const resident = newResident();
      const k = newKey();
      const headers = { 'Idempotency-Key': k, ...en };
      const made = expectAnswer(ctx, await book(resident, session, k, { headers }), 201);
      const replay = expectAnswer(ctx, await book(resident, session, k, { headers }), 201);
      const { code, serviceId } = made.json;
      const look = expectAnswer(
        ctx,
        await call('lookupBooking', { body: { code, nikLast4: last4(resident.nik) }, headers: en }),
        200,
      );
      const english = ctx.english.list.items.find((s) => s.id === serviceId);
      const indonesian = ctx.english.indonesian.items.find((s) => s.id === serviceId);
      for (const [answer, what] of [
        [made, 'POST /bookings'],
        [replay, 'POST /bookings (a replay)'],
        [look, 'POST /bookings/lookup'],
      ]) {
        const said = answer.headers.get('content-language');
        expect(said === 'en', `${what} in English: Content-Language ${said ?? 'missing'}, not en`);
        expect(
          varies(answer),
          `${what}: Vary does not name Accept-Language (${answer.headers.get('vary') ?? 'no Vary'})`,
        );
        const b = answer.json;
        const wanted = b.untranslated?.includes('name') ? indonesian?.name : english?.name;
        expect(
          b.lang === 'en' && b.serviceName === wanted,
          `${what} in English names the service "${b.serviceName}" (lang ${b.lang ?? 'none'}), not "${wanted}"`,
        );
      }
      return `${code}: "${look.json.serviceName}"`;
    },
    { needs: ['language.english', 'booking.create'] },
  );
}
