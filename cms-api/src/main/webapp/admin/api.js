// The content API as the console calls it: same-origin fetch with the session cookie, the CSRF
// header on every change, and RFC 9457 problem details turned into ApiError.
//
// URLs are relative to the console (…/admin/ → …/api/), so the console works under any context
// root (/ in production, /gongkai/ in the Arquillian tests).

const API_BASE = new URL('../api/', document.baseURI);
const CSRF_HEADER = 'X-Gongkai-Csrf';
const SAFE = new Set(['GET', 'HEAD']);

/** A refused or failed request; `problem` is the server's problem detail (or one made up here). */
export class ApiError extends Error {
  constructor(status, problem, response) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = response?.headers.get('Retry-After') ?? null;
  }

  /** The field errors, as [{field, message}]. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

/** Listeners told when a request answers 401: the session has ended. */
const signedOutListeners = new Set();
export function onSignedOut(listener) {
  signedOutListeners.add(listener);
}

/** The absolute URL of an API path, e.g. url('items', {state: 'DRAFT'}). */
export function url(path, query = {}) {
  const u = new URL(path, API_BASE);
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') {
      u.searchParams.set(k, v);
    }
  }
  return u;
}

/**
 * Calls the API. Options: method, query, json (a body to send as JSON), body (raw bytes),
 * contentType, ifMatch. Answers {data, etag, status}; throws ApiError on 4xx/5xx.
 */
export async function request(path, options = {}) {
  const method = options.method || 'GET';
  // X-Requested-With: the server then answers 401 without `WWW-Authenticate: Basic`, which would
  // make the browser open its own password dialog instead of letting the console say what is wrong.
  const headers = {
    Accept: 'application/json, application/problem+json',
    'X-Requested-With': 'XMLHttpRequest',
  };
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType || 'application/octet-stream';
    body = options.body;
  }
  if (!SAFE.has(method)) {
    headers[CSRF_HEADER] = '1';
  }
  if (options.ifMatch) {
    headers['If-Match'] = options.ifMatch;
  }
  let response;
  try {
    response = await fetch(url(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, {
      title: '网络错误',
      detail: '无法连接服务器，请检查网络后重试。',
    });
  }
  const data = await parse(response);
  if (!response.ok) {
    const problem =
      data && typeof data === 'object'
        ? data
        : { title: response.statusText, detail: `服务器返回 ${response.status}。` };
    const error = new ApiError(response.status, problem, response);
    if (response.status === 401 && !options.signIn) {
      signedOutListeners.forEach((l) => l(error));
    }
    throw error;
  }
  return { data, etag: response.headers.get('ETag'), status: response.status };
}

async function parse(response) {
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch (e) {
      return null;
    }
  }
  return null;
}

export const get = (path, query) => request(path, { query });
export const post = (path, json, extra = {}) => request(path, { ...extra, method: 'POST', json });
export const put = (path, json, extra = {}) => request(path, { ...extra, method: 'PUT', json });
export const del = (path) => request(path, { method: 'DELETE' });
