import { jsonResponse } from './render-with-providers';

type Handler = (url: URL, init: RequestInit | undefined) => Response | undefined;

// Routes "METHOD /api/path" to a handler; anything unhandled is a 404 so a missing mock is obvious.
export const mockApi = (routes: Record<string, Handler | unknown>) => {
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const route = routes[key];
    if (route === undefined) return jsonResponse({ statusCode: 404, code: 'NOT_FOUND', message: key }, 404);
    if (typeof route === 'function') return (route as Handler)(url, init) ?? jsonResponse(null, 204);
    return jsonResponse(route);
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
};
