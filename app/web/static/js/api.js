// The public JSON API, and its problem+json errors as ApiError.

export class ApiError extends Error {
  constructor(status, title, detail, type = null) {
    super(detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = type;
  }
}

/** GET a JSON resource; a non-2xx answer becomes an ApiError carrying the problem's fields. */
export async function getJSON(url, { signal } = {}) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'Cannot reach the server',
      'The newsbrief API did not answer. Check that the server is running, then try again.');
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }
    const title = (problem && problem.title) || response.statusText || 'Request failed';
    const detail = (problem && problem.detail) || `The server answered with status ${response.status}.`;
    throw new ApiError(response.status, title, detail, problem && problem.type);
  }
  return response.json();
}

/** A page's `next` URL is absolute; fetch it from this origin (path and query only). */
export function localUrl(url) {
  const parsed = new URL(url, window.location.href);
  return parsed.pathname + parsed.search;
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  briefs: (params, opts) => getJSON(`/briefs${query(params)}`, opts),
  brief: (id, opts) => getJSON(`/briefs/${encodeURIComponent(id)}`, opts),
  entities: (params, opts) => getJSON(`/entities${query(params)}`, opts),
  entity: (id, opts) => getJSON(`/entities/${encodeURIComponent(id)}`, opts),
  entityTimeline: (id, opts) => getJSON(`/entities/${encodeURIComponent(id)}/timeline`, opts),
  page: (next, opts) => getJSON(localUrl(next), opts),
};
