// The viewer's entry point: hash routes (#/, #/briefs/ID, #/entities/ID) to views.

import { replace } from './dom.js';
import { ApiError } from './api.js';
import { errorPanel } from './ui.js';
import { installTooltip } from './tooltip.js';
import { listView } from './views/list.js';
import { briefView } from './views/brief.js';
import { entityView } from './views/entity.js';

const main = document.getElementById('main');
let controller = null;

/** "#/briefs/abc?claim=c1" -> {path: ['briefs', 'abc'], params: URLSearchParams} */
export function parseHash(hash = window.location.hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?');
  const path = pathPart.split('/').filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  return { path, params: new URLSearchParams(queryPart) };
}

function routeFor({ path }) {
  if (path.length === 0 || (path.length === 1 && path[0] === 'briefs')) return listView;
  if (path.length === 2 && path[0] === 'briefs') return briefView;
  if (path.length === 2 && path[0] === 'entities') return entityView;
  return null;
}

function setNav(route) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === 'briefs' && route === listView) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function render({ focus = true } = {}) {
  if (controller) controller.abort();
  controller = new AbortController();
  const { signal } = controller;
  const focusedId = document.activeElement && main.contains(document.activeElement) ? document.activeElement.id : '';
  const location = parseHash();
  const view = routeFor(location);
  setNav(view);
  main.setAttribute('aria-busy', 'true');
  if (!view) {
    document.title = 'Not found · newsbrief';
    replace(main, errorPanel(new ApiError(404, 'Page not found',
      `There is no viewer page at ${window.location.hash}.`)));
    main.removeAttribute('aria-busy');
    return;
  }
  try {
    await view(main, location, { signal, rerender: () => render() });
  } catch (err) {
    if (err && err.name === 'AbortError') return;
    document.title = 'Error · newsbrief';
    replace(main, errorPanel(err, { retry: () => render() }));
    if (!(err instanceof ApiError)) console.error(err);
  } finally {
    if (!signal.aborted) main.removeAttribute('aria-busy');
  }
  if (signal.aborted) return;
  if (!focus && focusedId) {
    // Re-rendering the same page (a new search) keeps focus where the user was.
    const again = document.getElementById(focusedId);
    if (again) again.focus({ preventScroll: true });
  }
  if (focus) {
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }
}

let lastPath = null;
window.addEventListener('hashchange', () => {
  const { path } = parseHash();
  const key = path.join('/');
  const samePage = key === lastPath;
  lastPath = key;
  // A new page starts at the top; a changed query on the same page (a claim id) does not.
  if (!samePage) window.scrollTo(0, 0);
  render({ focus: !samePage });
});

installTooltip();
lastPath = parseHash().path.join('/');
render({ focus: false });
