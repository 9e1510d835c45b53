// The list of briefs: full-text search, an entity filter with autocomplete, "load more".

import { h, replace, announce, plural } from '../dom.js';
import { api } from '../api.js';
import { typeClass, typeLabel } from '../text.js';
import { briefCard, empty, entityChip, inlineError, loading } from '../ui.js';

export function listHash({ q, entity }) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (entity) params.set('entity', entity);
  const text = params.toString();
  return text ? `#/?${text}` : '#/';
}

function go(hash, rerender) {
  if (window.location.hash === hash || (hash === '#/' && !window.location.hash)) rerender();
  else window.location.hash = hash;
}

export async function listView(main, { params }, { signal, rerender }) {
  const q = (params.get('q') || '').trim();
  const entityId = (params.get('entity') || '').trim();
  document.title = q || entityId ? 'Search · newsbrief' : 'Briefs · newsbrief';

  const results = h('div', { class: 'results', id: 'results' }, loading('Loading briefs…'));
  const sideBody = h('div', null, loading('Loading entities…'));
  const filterSlot = h('div', { class: 'active-filter' });
  const form = searchForm({ q, entityId, rerender, filterSlot });

  replace(main,
    h('div', { class: 'page-head' },
      h('h1', null, 'Briefs'),
      h('p', { class: 'lede' }, 'News articles turned into structured briefs: who is involved, what happened when, and who said what.')),
    h('div', { class: 'layout layout--list' },
      h('div', { class: 'layout__main' },
        h('section', { 'aria-label': 'Search and filter' }, form, filterSlot),
        h('section', { 'aria-labelledby': 'results-title' },
          h('h2', { id: 'results-title', class: 'visually-hidden' }, 'Results'),
          results)),
      h('aside', { class: 'layout__side', 'aria-labelledby': 'top-entities-title' },
        h('div', { class: 'side-card' },
          h('h2', { id: 'top-entities-title', class: 'side-card__title' }, 'Most mentioned'),
          sideBody))));

  const topEntities = api.entities({ limit: 12 }, { signal })
    .then((page) => {
      replace(sideBody, page.items.length
        ? h('ul', { class: 'chip-list' }, page.items.map((e) => h('li', null,
          h('a', {
            class: ['chip', `t-${typeClass(e.type)}`],
            href: listHash({ q, entity: e.id }),
            'aria-label': `Show briefs that mention ${e.name} (${typeLabel(e.type)}, ${plural(e.brief_count, 'brief')})`,
          },
          h('span', { class: 'chip__swatch', 'aria-hidden': 'true' }), e.name,
          h('span', { class: 'chip__extra', 'aria-hidden': 'true' }, String(e.brief_count))))))
        : empty('No entities yet.'));
    })
    .catch((err) => { if (err.name !== 'AbortError') replace(sideBody, inlineError(err)); });

  if (entityId) {
    api.entity(entityId, { signal })
      .then((entity) => replace(filterSlot, activeFilter(entity, q, rerender)))
      .catch((err) => {
        if (err.name !== 'AbortError') replace(filterSlot, inlineError(err));
      });
  }

  const page = await api.briefs({ q, entity: entityId, limit: 10 }, { signal });
  renderResults(results, page, { q, entityId, signal });
  await topEntities;
}

function activeFilter(entity, q, rerender) {
  return h('p', { class: 'active-filter__row' },
    'Only briefs that mention ', entityChip(entity), ' ',
    h('button', {
      type: 'button', class: 'link-button',
      on: { click: () => go(listHash({ q, entity: null }), rerender) },
    }, 'Remove filter'));
}

function renderResults(container, firstPage, { q, entityId, signal }) {
  const list = h('ol', { class: 'brief-list' });
  const count = h('p', { class: 'results__count', role: 'status' });
  const more = h('div', { class: 'load-more' });
  let shown = 0;

  const add = (page) => {
    for (const item of page.items) list.append(h('li', null, briefCard(item, { headingLevel: 'h3' })));
    shown += page.items.length;
    // Without a next page the count is the total; with one, only what is on screen so far.
    count.textContent = `${shown === 1 ? 'One brief' : `${shown} briefs`}${describe(q, entityId)}${page.next ? ' shown, more below' : ''}`;
    replace(more);
    if (page.next) {
      const button = h('button', { type: 'button', class: 'button button--quiet' }, 'Load more briefs');
      button.addEventListener('click', async () => {
        button.disabled = true;
        button.textContent = 'Loading…';
        const firstNew = list.children.length;
        try {
          const next = await api.page(page.next, { signal });
          add(next);
          const link = list.children[firstNew] && list.children[firstNew].querySelector('a');
          if (link) link.focus();
          announce(`${plural(next.items.length, 'more brief')} loaded`);
        } catch (err) {
          if (err.name === 'AbortError') return;
          button.disabled = false;
          button.textContent = 'Load more briefs';
          more.prepend(inlineError(err));
        }
      });
      more.append(button);
    }
  };

  if (!firstPage.items.length) {
    replace(container, h('div', { class: 'panel panel--empty' },
      h('h3', { class: 'panel__title' }, q || entityId ? 'No briefs match' : 'No briefs yet'),
      h('p', null, q || entityId
        ? 'Try fewer or different words, or remove the entity filter.'
        : 'Load articles with “newsbrief load data/” or POST them to /briefs, then reload this page.'),
      q || entityId ? h('p', null, h('a', { href: '#/' }, 'Show all briefs')) : null));
    return;
  }
  replace(container, count, list, more);
  add(firstPage);
}

function describe(q, entityId) {
  if (q && entityId) return ` for “${q}” with the entity filter`;
  if (q) return ` for “${q}”`;
  if (entityId) return ' with the entity filter';
  return '';
}

function searchForm({ q, entityId, rerender, filterSlot }) {
  const qInput = h('input', {
    id: 'q', name: 'q', type: 'search', value: q, autocomplete: 'off',
    placeholder: 'e.g. security talks', enterkeyhint: 'search',
  });
  const combo = entityCombobox({
    onPick: (entity) => go(listHash({ q: qInput.value.trim(), entity: entity.id }), rerender),
  });
  const form = h('form', { class: 'search', role: 'search', 'aria-label': 'Briefs' },
    h('div', { class: 'field field--grow' },
      h('label', { for: 'q' }, 'Search briefs'),
      qInput),
    h('div', { class: 'field field--grow' },
      h('label', { for: 'entity-input' }, 'Filter by entity'),
      combo.root),
    h('div', { class: 'field field--submit' },
      h('button', { type: 'submit', class: 'button', id: 'search-submit' }, 'Search')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(listHash({ q: qInput.value.trim(), entity: entityId }), rerender);
  });
  void filterSlot;
  return form;
}

/** An ARIA 1.2 combobox: type a name prefix, pick an entity from GET /entities?q=. */
function entityCombobox({ onPick }) {
  const input = h('input', {
    id: 'entity-input', type: 'text', role: 'combobox', autocomplete: 'off',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'entity-options',
    placeholder: 'Start typing a name', spellcheck: 'false',
  });
  const listbox = h('ul', { id: 'entity-options', role: 'listbox', class: 'combo__list', 'aria-label': 'Entities', hidden: true });
  const hint = h('p', { class: 'combo__hint', id: 'entity-hint' }, 'Use ↑ ↓ and Enter to pick a suggestion.');
  input.setAttribute('aria-describedby', 'entity-hint');
  let items = [];
  let active = -1;
  let timer = null;
  let requestId = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (index) => {
    active = index;
    [...listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && listbox.children[index]) {
      input.setAttribute('aria-activedescendant', listbox.children[index].id);
      listbox.children[index].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const show = (entities, prefix) => {
    items = entities;
    listbox.replaceChildren();
    if (!entities.length) {
      listbox.append(h('li', { class: 'combo__none', role: 'option', 'aria-disabled': 'true', id: 'entity-none' },
        `No entity starts with “${prefix}”`));
    }
    entities.forEach((e, i) => {
      const li = h('li', { role: 'option', id: `entity-opt-${i}`, class: ['combo__option', `t-${typeClass(e.type)}`], 'aria-selected': 'false' },
        h('span', { class: 'chip__swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'combo__name' }, e.name),
        h('span', { class: 'combo__meta' }, `${typeLabel(e.type)} · ${plural(e.brief_count, 'brief')}`));
      li.addEventListener('mousedown', (ev) => ev.preventDefault());
      li.addEventListener('click', () => { close(); onPick(e); });
      listbox.append(li);
    });
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(entities.length ? 0 : -1);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (!prefix) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++requestId;
      try {
        const page = await api.entities({ q: prefix, limit: 8 });
        if (mine === requestId && input.value.trim() === prefix) show(page.items, prefix);
      } catch (err) {
        if (mine === requestId) {
          listbox.replaceChildren(h('li', { class: 'combo__none', role: 'option', 'aria-disabled': 'true', id: 'entity-none' },
            err.title || 'Could not load suggestions'));
          listbox.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
      }
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && items.length;
    if (event.key === 'ArrowDown' && open) { event.preventDefault(); setActive((active + 1) % items.length); }
    else if (event.key === 'ArrowUp' && open) { event.preventDefault(); setActive((active - 1 + items.length) % items.length); }
    else if (event.key === 'Enter' && open && active >= 0) { event.preventDefault(); const e = items[active]; close(); onPick(e); }
    else if (event.key === 'Escape' && !listbox.hidden) { event.preventDefault(); close(); }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  return { root: h('div', { class: 'combo' }, input, listbox, hint), input };
}
