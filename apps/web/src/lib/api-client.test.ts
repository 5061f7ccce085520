import { mockApi } from '../../test/mock-api';
import { jsonResponse } from '../../test/render-with-providers';
import { apiRequest, errorDetails, isApiError } from './api-client';
import { appSendsItsOwnRequests, startEarlyRequest } from './early-requests';

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the request did not fail');
};

describe(apiRequest.name, () => {
  it("keeps the error body's details (the current row on a conflict)", async () => {
    const current = { id: 't1', version: 3 };
    mockApi({
      'PATCH /api/tasks/t1': () =>
        jsonResponse(
          { statusCode: 409, code: 'VERSION_CONFLICT', message: 'stale', details: { current } },
          409,
        ),
    });
    const error = await failure(apiRequest('/tasks/t1', { method: 'PATCH', body: { version: 2 } }));
    expect(isApiError(error) && [error.status, error.code]).toEqual([409, 'VERSION_CONFLICT']);
    expect(errorDetails(error)).toEqual({ current });
    expect(errorDetails(new Error('not from the API'))).toBeUndefined();
  });

  it('sends a form as multipart and names a bare 413 from a proxy', async () => {
    const fetchMock = mockApi({
      'POST /api/reports/r1/attachments': () => new Response('<html>too large</html>', { status: 413 }),
    });
    const form = new FormData();
    form.append('file', new Blob(['x']), 'a.pdf');
    const error = await failure(apiRequest('/reports/r1/attachments', { method: 'POST', form }));
    expect(isApiError(error) && error.code).toBe('PAYLOAD_TOO_LARGE');
    const init = fetchMock.mock.calls[0]![1]!;
    expect(init.body).toBe(form);
    expect((init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('takes over the answer to a GET the boot script sent, once', async () => {
    let answered = 0;
    const fetchMock = mockApi({
      'GET /api/dashboard/summary': () => jsonResponse({ answer: (answered += 1) }),
    });
    startEarlyRequest('/api/dashboard/summary');
    expect(fetchMock).toHaveBeenCalledTimes(1);

    expect(await apiRequest('/dashboard/summary')).toEqual({ answer: 1 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // Another query string is another request; the same one later goes to the network.
    await apiRequest('/dashboard/summary', { query: { measure: 'policy' } });
    expect(await apiRequest('/dashboard/summary')).toEqual({ answer: 3 });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  // Last: the flag stays set for the rest of this file.
  it('sends no early request once the app sends its own (a boot script that ran late)', () => {
    const fetchMock = mockApi({ 'GET /api/auth/me': {} });
    appSendsItsOwnRequests();
    startEarlyRequest('/api/auth/me');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
