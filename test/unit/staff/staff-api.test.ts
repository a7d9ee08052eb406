import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { installMockFetch, restoreFetch } from '../../mocks/fetch.js';
import { StaffApi, MppApiError, fillPath } from '../../../staff/core/staff-api.js';
import { API_BASE } from './kit.js';

describe('staff API client', () => {
  afterEach(restoreFetch);

  it('sends the CSRF token on writes only, and the cookie to this origin only', async () => {
    const seen: Request[] = [];
    installMockFetch([
      http.all(`${API_BASE}/staff/*`, ({ request }) => {
        seen.push(request);
        return request.method === 'GET'
          ? HttpResponse.json({ items: [], total: 0 })
          : new HttpResponse(null, { status: 204 });
      }),
    ]);
    const api = new StaffApi(API_BASE);
    api.csrfToken = 'the-token';
    await api.call('get', '/staff/accounts');
    await api.call('post', '/staff/logout');
    expect(seen.map((r) => [r.method, r.headers.get('X-CSRF-Token')])).to.deep.equal([
      ['GET', null],
      ['POST', 'the-token'],
    ]);
    expect(seen.every((r) => r.credentials === 'same-origin')).to.equal(true);
  });

  it('turns a problem into an MppApiError with its field errors, and a 401 into a signed-out call', async () => {
    installMockFetch([
      http.post(`${API_BASE}/staff/accounts`, () =>
        HttpResponse.json(
          {
            type: 'x',
            title: 'x',
            status: 422,
            code: 'validation_failed',
            errors: [{ field: 'email', code: 'format', message: 'E-mail tidak valid.' }],
          },
          { status: 422 },
        ),
      ),
      http.get(`${API_BASE}/staff/accounts`, () => HttpResponse.json({ code: 'unauthorized' }, { status: 401 })),
    ]);
    const api = new StaffApi(API_BASE);
    let signedOut = 0;
    api.onSignedOut = () => signedOut++;
    const error = await api
      .call('post', '/staff/accounts', { body: { email: 'x', name: 'x', role: 'viewer', password: 'x' } })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(MppApiError);
    expect((error as MppApiError).fieldErrors[0]?.message).to.equal('E-mail tidak valid.');
    await api.call('get', '/staff/accounts').catch(() => undefined);
    expect(signedOut).to.equal(1);
  });

  it('fills path parameters as single encoded segments', () => {
    expect(fillPath('/staff/accounts/{staffId}', { staffId: 'a/../b' })).to.equal('/staff/accounts/a%2F..%2Fb');
    expect(() => fillPath('/staff/accounts/{staffId}', {})).to.throw(/staffId/);
  });
});
