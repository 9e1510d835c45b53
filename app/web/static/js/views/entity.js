// An entity: its names and where each came from, roles, briefs, claims made, related entities,
// and the events that involve it across briefs.

import { h, replace, announce, plural } from '../dom.js';
import { api } from '../api.js';
import { typeClass } from '../text.js';
import { renderTimeline } from '../timeline.js';
import { setTooltipEntities } from '../tooltip.js';
import {
  briefCard, briefHref, claimCard, empty, entityChip, entityHref, inlineError, loading, typeBadge,
} from '../ui.js';

const ATTRIBUTE_LABELS = {
  kind: 'Kind', country_code: 'Country code', official_name: 'Official name', country: 'Country',
  capital_of: 'Capital of', geonames_id: 'GeoNames', wikidata: 'Wikidata', latitude: 'Latitude',
  longitude: 'Longitude', population: 'Population',
};

export async function entityView(main, { path }, { signal }) {
  const id = path[1];
  const timelinePromise = api.entityTimeline(id, { signal }).catch((err) => err);
  const entity = await api.entity(id, { signal });
  document.title = `${entity.name} · newsbrief`;
  setTooltipEntities([]);

  const briefTitles = new Map(entity.briefs.map((b) => [b.id, b.headline || 'Untitled article']));
  const timelineBody = h('div', null, loading('Loading timeline…'));

  replace(main,
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '#/' }, '← All briefs')),
    h('article', { class: ['entity', `t-${typeClass(entity.type)}`], 'aria-labelledby': 'entity-title' },
      h('header', { class: 'entity__head' },
        typeBadge(entity.type),
        h('h1', { id: 'entity-title', class: 'entity__name' }, entity.name),
        h('p', { class: 'entity__stats' },
          `Mentioned in ${plural(entity.brief_count, 'brief')} · ${plural(entity.claims.length, 'claim')} made · ${plural(entity.aliases.length, 'name')} `,
          h('a', { href: `#/?entity=${encodeURIComponent(entity.id)}` }, 'Find briefs that mention it')),
        attributes(entity.attributes)),
      h('div', { class: 'layout layout--entity' },
        h('div', { class: 'layout__main' },
          h('section', { 'aria-labelledby': 'entity-timeline-title', class: 'timeline-section' },
            h('h2', { id: 'entity-timeline-title', class: 'section-title' }, 'Timeline across briefs'),
            timelineBody),
          h('section', { 'aria-labelledby': 'entity-claims-title' },
            h('h2', { id: 'entity-claims-title', class: 'section-title' }, 'Claims made ',
              h('span', { class: 'section-title__count' }, `(${entity.claims.length})`)),
            entity.claims.length
              ? h('ol', { class: 'claim-list claim-list--grid' }, entity.claims.map((c) => h('li', null, claimCard(c, {
                briefLink: h('a', { href: briefHref(c.brief_id, { claim: c.local_id }) },
                  'In ', h('cite', null, briefTitles.get(c.brief_id) || 'its brief')),
              }))))
              : empty(`${entity.name} is not the source of any claim.`)),
          h('section', { 'aria-labelledby': 'entity-briefs-title' },
            h('h2', { id: 'entity-briefs-title', class: 'section-title' }, 'Briefs ',
              h('span', { class: 'section-title__count' }, `(${entity.briefs.length})`)),
            entity.briefs.length
              ? h('ol', { class: 'brief-list' }, entity.briefs.map((b) => h('li', null, briefCard(b, {
                headingLevel: 'h3',
                extra: h('p', { class: 'salience' },
                  b.name && b.name !== entity.name ? `Named “${b.name}” · ` : '',
                  'Salience ',
                  h('meter', { min: '0', max: '1', value: String(b.salience), 'aria-label': 'Salience' }),
                  ` ${Math.round(b.salience * 100)}%`),
              }))))
              : empty('No briefs mention this entity.'))),
        h('aside', { class: 'layout__side' },
          h('section', { class: 'side-card', 'aria-labelledby': 'aliases-title' },
            h('h2', { id: 'aliases-title', class: 'side-card__title' }, 'Also known as'),
            entity.aliases.length
              ? h('ul', { class: 'plain-list' }, entity.aliases.map((a) => h('li', null,
                h('span', { class: 'alias' }, a.name), ' ',
                h('span', { class: 'muted' }, `in ${plural(a.briefs.length, 'brief')}`))))
              : empty('No other names.')),
          h('section', { class: 'side-card', 'aria-labelledby': 'roles-title' },
            h('h2', { id: 'roles-title', class: 'side-card__title' }, 'Roles'),
            entity.roles.length
              ? h('ul', { class: 'plain-list roles' }, entity.roles.map((r) => h('li', null,
                h('strong', null, r.title),
                r.of ? [' of ', h('a', { href: entityHref(r.of) }, nameFromId(r.of))] : null,
                r.affiliation ? [' · ', h('a', { href: entityHref(r.affiliation) }, nameFromId(r.affiliation))] : null,
                h('span', { class: 'role__evidence' }, '“', r.text, '” — ',
                  h('a', { href: briefHref(r.brief_id) }, briefTitles.get(r.brief_id) || 'brief')))))
              : empty('No roles found.')),
          h('section', { class: 'side-card', 'aria-labelledby': 'related-title' },
            h('h2', { id: 'related-title', class: 'side-card__title' }, 'Appears with'),
            entity.related.length
              ? h('ul', { class: 'chip-list' }, entity.related.map((r) => h('li', null,
                entityChip(r, String(r.briefs)))))
              : empty('No related entities yet.'))))));

  const first = await timelinePromise;
  if (signal.aborted) return;
  if (first instanceof Error) {
    if (first.name === 'AbortError') return;
    replace(timelineBody, inlineError(first));
  } else {
    showTimeline(timelineBody, first, briefTitles, signal);
  }
}

function showTimeline(container, firstPage, briefTitles, signal) {
  const events = [...firstPage.items];
  const draw = (next) => {
    if (!events.length) {
      replace(container, empty('No events involving this entity have been extracted yet.'));
      return;
    }
    const more = next ? h('button', { type: 'button', class: 'button button--quiet' }, 'Load more events') : null;
    replace(container,
      renderTimeline(events, {
        briefLink: (e) => h('a', { href: briefHref(e.brief_id, { event: e.local_id }) },
          'In ', h('cite', null, briefTitles.get(e.brief_id) || 'its brief')),
      }),
      more ? h('div', { class: 'load-more' }, more) : null);
    if (more) {
      more.addEventListener('click', async () => {
        more.disabled = true;
        more.textContent = 'Loading…';
        try {
          const page = await api.page(next, { signal });
          events.push(...page.items);
          draw(page.next);
          announce(`${plural(page.items.length, 'more event')} loaded`);
        } catch (err) {
          if (err.name === 'AbortError') return;
          more.disabled = false;
          more.textContent = 'Load more events';
          more.before(inlineError(err));
        }
      });
    }
  };
  draw(firstPage.next);
}

/** "place:united-states" -> "United States": a readable label for an id we have no name for. */
function nameFromId(id) {
  const slug = id.includes(':') ? id.slice(id.indexOf(':') + 1) : id;
  return slug.split('-').map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
}

function attributes(attrs) {
  const entries = Object.entries(attrs || {});
  if (!entries.length) return null;
  return h('dl', { class: 'facts' }, entries.map(([key, value]) => [
    h('dt', null, ATTRIBUTE_LABELS[key] || key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())),
    h('dd', null, attributeValue(key, value)),
  ]));
}

function attributeValue(key, value) {
  if (key === 'geonames_id') return h('a', { href: `https://www.geonames.org/${encodeURIComponent(value)}`, rel: 'noopener noreferrer' }, String(value));
  if (key === 'wikidata') return h('a', { href: `https://www.wikidata.org/wiki/${encodeURIComponent(value)}`, rel: 'noopener noreferrer' }, String(value));
  if (typeof value === 'string' && /^(person|organization|place|event|group|product|work|law|other):/.test(value)) {
    return h('a', { href: entityHref(value) }, nameFromId(value));
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en');
  return String(value);
}
