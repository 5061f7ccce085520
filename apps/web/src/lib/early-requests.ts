// Requests the landing page needs, sent by the boot script (src/app/boot.ts) while the app's code is
// still downloading; the API client takes each answer over instead of sending the same request again.
// Both go through here, so an early request is exactly the one the app would have sent.

const started = new Map<string, Promise<Response>>();
// Set once the app sends its own requests: a boot script that runs later than that (its download was
// slower than the app's) would only send them twice.
let appSending = false;

export const appSendsItsOwnRequests = (): void => {
  appSending = true;
};

// The options of every GET the API client sends (lib/api-client.ts).
export const getRequestInit = (signal?: AbortSignal): RequestInit => ({
  method: 'GET',
  headers: { Accept: 'application/json' },
  credentials: 'same-origin',
  signal,
});

export const startEarlyRequest = (url: string): void => {
  if (appSending) return;
  const response = fetch(url, getRequestInit());
  // Whoever takes it over handles a failure; until then it is not an unhandled rejection.
  response.catch(() => undefined);
  started.set(url, response);
};

// The answer to an early GET of `url`, once: a later request for it goes to the network.
export const takeEarlyResponse = (url: string): Promise<Response> | undefined => {
  const response = started.get(url);
  started.delete(url);
  return response;
};
