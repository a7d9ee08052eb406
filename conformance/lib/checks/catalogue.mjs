// The catalogue and the calendar: agencies, services, one service, availability, the live queue — with their
// validators (ETag revalidation) and their documented errors. Also finds the test data the later checks use.
import { Skip, expect } from '../runner.mjs';
import { expectAnswer, expectFieldError } from './answers.mjs';

export function catalogueChecks({ check }, ctx) {
  const { call } = ctx.client;

  check('catalogue.agencies', 'GET /agencies answers every agency, with an ETag', async () => {
    const answer = expectAnswer(ctx, await call('listAgencies'), 200);
    ctx.agencies = answer.json.items;
    expect(answer.json.total === ctx.agencies.length, `total ${answer.json.total} ≠ ${ctx.agencies.length} items`);
    ctx.agenciesEtag = answer.headers.get('etag');
    expect(ctx.agenciesEtag, 'no ETag on the agencies');
    return `${ctx.agencies.length} agencies`;
  });

  check(
    'catalogue.agencies-304',
    'GET /agencies with If-None-Match of its ETag answers 304',
    async () => {
      const answer = await call('listAgencies', { headers: { 'If-None-Match': ctx.agenciesEtag } });
      expectAnswer(ctx, answer, 304);
    },
    { needs: ['catalogue.agencies'] },
  );

  check('catalogue.services', 'GET /services answers the catalogue, with an ETag', async () => {
    const answer = expectAnswer(ctx, await call('listServices'), 200);
    ctx.services = answer.json.items;
    ctx.servicesEtag = answer.headers.get('etag');
    expect(ctx.servicesEtag, 'no ETag on the services');
    expect(answer.json.total === ctx.services.length, `total ${answer.json.total} ≠ ${ctx.services.length} items`);
    const agencies = new Set(answer.json.agencies.map((a) => a.id));
    const orphan = ctx.services.find((s) => !agencies.has(s.agencyId));
    expect(!orphan, () => `service ${orphan.id} names agency ${orphan.agencyId}, which \`agencies\` does not list`);
    return `${ctx.services.length} services, ${ctx.services.filter((s) => s.bookable).length} bookable`;
  });

  check(
    'catalogue.services-304',
    'GET /services revalidates: strong, weak (W/), a list and * answer 304; another tag 200',
    async () => {
      const tag = ctx.servicesEtag;
      const bare = tag.replace(/^W\//, '');
      for (const value of [tag, `W/${bare}`, `"conformance-other", ${tag}`, '*']) {
        const answer = await call('listServices', { headers: { 'If-None-Match': value } });
        expect(answer.status === 304, `If-None-Match: ${value} answered ${answer.status}, not 304`);
        expectAnswer(ctx, answer, 304);
      }
      const other = await call('listServices', { headers: { 'If-None-Match': '"conformance-other"' } });
      expectAnswer(ctx, other, 200);
    },
    { needs: ['catalogue.services'] },
  );

  check(
    'catalogue.service',
    'GET /services/{serviceId} answers the service standard of a bookable service',
    async () => {
      const wanted = ctx.options.service;
      const service = wanted ? ctx.services.find((s) => s.id === wanted) : ctx.services.find((s) => s.bookable);
      if (wanted) expect(service, `--service ${wanted} is not in GET /services`);
      if (!service) throw new Skip('no bookable service in the catalogue');
      const answer = expectAnswer(ctx, await call('getService', { params: { serviceId: service.id } }), 200);
      expect(answer.json.id === service.id, `asked for ${service.id}, got ${answer.json.id}`);
      ctx.service = answer.json;
      return service.id;
    },
    { needs: ['catalogue.services'] },
  );

  check('catalogue.service-404', 'GET /services/{serviceId} of an unknown service: 404 not_found', async () => {
    const answer = await call('getService', { params: { serviceId: 'conformance-no-such-service' } });
    expectAnswer(ctx, answer, 404, 'not_found');
  });

  check(
    'calendar.availability',
    'GET /services/{serviceId}/availability answers the booking window with sessions to book',
    async () => {
      const answer = await call('getAvailability', { params: { serviceId: ctx.service.id }, query: { days: 31 } });
      expectAnswer(ctx, answer, 200);
      const days = answer.json.days;
      expect(days.length === 31, `days=31 answered ${days.length} days`);
      ctx.today = days[0].date;
      ctx.days = days;
      const open = [];
      for (const day of days)
        for (const s of day.sessions)
          if (day.open && s.bookable !== false && s.remaining > 0) open.push({ date: day.date, ...s });
      ctx.openSessions = open;
      if (open.length < 3) throw new Skip(`${ctx.service.id} has ${open.length} open sessions; the kit needs 3`);
      return `${open.length} sessions to book from ${ctx.today}`;
    },
    { needs: ['catalogue.service'] },
  );

  check('calendar.availability-404', 'availability of an unknown service: 404 not_found', async () => {
    const answer = await call('getAvailability', { params: { serviceId: 'conformance-no-such-service' } });
    expectAnswer(ctx, answer, 404, 'not_found');
  });

  check(
    'calendar.availability-422',
    'availability with from=2026-13-40, days=0, days=32, days=0x1f, or from=9999-12-30&days=8 (past the year 9999): 422 naming the field',
    async () => {
      const params = { serviceId: ctx.service.id };
      for (const [query, field] of [
        [{ from: '2026-13-40' }, 'from'],
        // The last day would be 10000-01-06, no CalendarDate: refused on `from`, not listed as "+010000-01-01".
        [{ from: '9999-12-30', days: 8 }, 'from'],
        [{ days: 0 }, 'days'],
        [{ days: 32 }, 'days'],
        [{ days: '0x1f' }, 'days'],
      ])
        expectFieldError(ctx, await call('getAvailability', { params, query }), field);
    },
    { needs: ['catalogue.service'] },
  );

  check(
    'queue.today',
    "GET /queues/{agencyId} answers the agency's live queue",
    async () => {
      const answer = await call('getQueue', { params: { agencyId: ctx.service.agencyId } });
      expectAnswer(ctx, answer, 200);
      expect(
        answer.json.agencyId === ctx.service.agencyId,
        `asked ${ctx.service.agencyId}, got ${answer.json.agencyId}`,
      );
      return `${answer.json.waiting} waiting`;
    },
    { needs: ['catalogue.service'] },
  );

  check('queue.404', 'GET /queues/{agencyId} of an unknown agency: 404 not_found', async () => {
    const answer = await call('getQueue', { params: { agencyId: 'conformance-no-such-agency' } });
    expectAnswer(ctx, answer, 404, 'not_found');
  });
}
