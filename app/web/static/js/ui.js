// Pieces several views share: error and empty panels, entity chips, brief cards, claim cards.

import { h, formatPublished, plural } from './dom.js';
import { ApiError } from './api.js';
import { typeClass, typeLabel, TYPE_CLASSES } from './text.js';

export function errorPanel(err, { retry } = {}) {
  const isApi = err instanceof ApiError;
  const title = isApi ? err.title : 'Something went wrong';
  const detail = isApi ? err.detail : String((err && err.message) || err);
  return h('section', { class: 'panel panel--error', role: 'alert', 'aria-labelledby': 'error-title' },
    h('h1', { id: 'error-title', class: 'panel__title', tabindex: '-1' },
      isApi && err.status ? `${title} (${err.status})` : title),
    h('p', null, detail),
    h('p', { class: 'panel__actions' },
      retry && (!isApi || err.status === 0 || err.status >= 500 || err.status === 429) ? h('button', { type: 'button', class: 'button', on: { click: retry } }, 'Try again') : null,
      h('a', { class: 'button button--quiet', href: '#/' }, 'Back to all briefs')));
}

/** A smaller inline error for one part of a page (e.g. a failed "load more"). */
export function inlineError(err) {
  const isApi = err instanceof ApiError;
  return h('p', { class: 'inline-error', role: 'alert' },
    h('strong', null, isApi ? err.title : 'Something went wrong'), ': ',
    isApi ? err.detail : String((err && err.message) || err));
}

export function empty(message) {
  return h('p', { class: 'empty' }, message);
}

export function loading(message = 'Loading…') {
  return h('p', { class: 'status', role: 'status' }, message);
}

export function entityHref(id) {
  return `#/entities/${encodeURIComponent(id)}`;
}

export function briefHref(id, params) {
  const q = params ? `?${new URLSearchParams(params)}` : '';
  return `#/briefs/${encodeURIComponent(id)}${q}`;
}

export function typeBadge(type) {
  return h('span', { class: ['type-badge', `t-${typeClass(type)}`] }, typeLabel(type));
}

/** A link to an entity, with its type's colour swatch. */
export function entityChip(entity, extra) {
  return h('a', {
    class: ['chip', `t-${typeClass(entity.type)}`],
    href: entityHref(entity.id),
    title: typeLabel(entity.type),
  },
  h('span', { class: 'chip__swatch', 'aria-hidden': 'true' }),
  h('span', { class: 'visually-hidden' }, `${typeLabel(entity.type)}: `),
  entity.name,
  extra ? h('span', { class: 'chip__extra' }, extra) : null);
}

/** The legend of mention colours; `counts` (type -> n) shows how many of each the page has. */
export function legend(counts) {
  return h('div', { class: 'legend' },
    h('span', { class: 'legend__title', id: 'legend-title' }, 'Entity types'),
    h('ul', { class: 'legend__list', 'aria-labelledby': 'legend-title' },
      TYPE_CLASSES.map((t) => h('li', { class: ['legend__item', `t-${t}`, counts && !counts[t] ? 'legend__item--none' : null] },
        h('span', { class: 'legend__sample mention', 'aria-hidden': 'true' }, typeLabel(t)),
        h('span', { class: 'visually-hidden' }, typeLabel(t)),
        counts ? h('span', { class: 'legend__count' }, String(counts[t] || 0)) : null))));
}

export function briefMeta(brief) {
  const when = formatPublished(brief.published_at);
  return h('p', { class: 'meta' },
    brief.source ? h('span', { class: 'meta__source' }, brief.source) : null,
    brief.source && when ? h('span', { class: 'meta__sep', 'aria-hidden': 'true' }, ' · ') : null,
    when ? h('time', { datetime: brief.published_at }, when) : null,
    !brief.source && !when ? h('span', null, 'Source and date unknown') : null);
}

/** A brief in a list: headline link, source and date, summary, counts. */
export function briefCard(brief, { headingLevel = 'h2', extra = null } = {}) {
  const counts = brief.counts;
  return h('article', { class: 'brief-card' },
    h(headingLevel, { class: 'brief-card__title' },
      h('a', { href: briefHref(brief.id) }, brief.headline || 'Untitled article')),
    briefMeta(brief),
    brief.summary ? h('p', { class: 'brief-card__summary' }, brief.summary) : null,
    counts ? h('ul', { class: 'counts', 'aria-label': 'What was extracted' },
      h('li', null, plural(counts.entities, 'entity', 'entities')),
      h('li', null, plural(counts.claims, 'claim')),
      h('li', null, plural(counts.events, 'event'))) : null,
    extra);
}

const SOURCE_KINDS = {
  named: 'Named source', pronoun: 'Source by pronoun', anonymous: 'Anonymous source',
  report: 'Report', author: 'The author',
};
const QUOTE_KINDS = { direct: 'Direct quote', indirect: 'Indirect (paraphrase)', mixed: 'Partly quoted' };

/**
 * A claim card: who (source, kind, role), the cue verb, what (content), quote kind, hedging.
 * opts.onShow(claim) adds a "Show in article" button; opts.briefLink adds a link to the brief.
 */
export function claimCard(claim, { onShow = null, briefLink = null, sourceEntity = null, idPrefix = '' } = {}) {
  const source = claim.source;
  const sourceName = source
    ? (source.entity_id ? h('a', { href: entityHref(source.entity_id), class: 'claim__source-link' }, source.text) : source.text)
    : 'Unattributed';
  const localId = claim.local_id || claim.id;
  const card = h('article', {
    class: ['claim', `claim--${claim.quote}`, claim.hedged ? 'claim--hedged' : null],
    id: idPrefix ? `${idPrefix}${localId}` : null,
    dataset: { claim: localId },
    'aria-label': `Claim by ${source ? source.text : 'an unattributed source'}`,
  },
  h('header', { class: 'claim__header' },
    h('p', { class: 'claim__source' }, sourceName),
    h('p', { class: 'claim__source-kind' },
      source ? SOURCE_KINDS[source.kind] || source.kind : 'No source found',
      source && source.role ? ` · ${source.role}` : '',
      sourceEntity ? ` · ${typeLabel(sourceEntity.type)}` : '')),
  h('blockquote', { class: 'claim__content' },
    h('p', null, claim.quote === 'direct' ? `“${stripQuotes(contentText(claim.content))}”` : contentText(claim.content))),
  h('ul', { class: 'claim__facts' },
    claim.cue ? h('li', null, h('span', { class: 'claim__label' }, 'Cue '), h('b', { class: 'claim__cue' }, claim.cue.text)) : null,
    h('li', null, h('span', { class: ['badge', `badge--${claim.quote}`] }, QUOTE_KINDS[claim.quote] || claim.quote)),
    claim.negated ? h('li', null, h('span', { class: 'badge badge--hedged', title: 'The source is said not to have said or believed this' }, 'Negated')) : null,
    typeof claim.confidence === 'number' ? h('li', null, h('span', {
      class: ['badge', claim.confidence < UNCERTAIN_BELOW ? 'badge--hedged' : null],
      title: 'Calibrated probability that source, cue and content are all right',
    }, `${claim.confidence < UNCERTAIN_BELOW ? 'Uncertain · ' : ''}confidence ${Math.round(claim.confidence * 100)}%`)) : null,
    claim.hedged ? h('li', null, h('span', { class: 'badge badge--hedged', title: 'The claim is hedged' },
      `Hedged${claim.hedges && claim.hedges.length ? `: ${claim.hedges.join(', ')}` : ''}`)) : null,
    onShow ? h('li', { class: 'claim__show' },
      h('button', { type: 'button', class: 'link-button', on: { click: () => onShow(claim) } },
        'Show in article')) : null),
  briefLink ? h('p', { class: 'claim__actions' }, briefLink) : null);
  return card;
}

/** Below this calibrated confidence a claim is shown as uncertain. */
const UNCERTAIN_BELOW = 0.5;

/** A split quote's words without the attribution between its parts ("A," she said. "B."). */
function contentText(content) {
  const parts = content.parts || [];
  return parts.length > 1 ? parts.map((p) => p.text).join(' … ') : content.text;
}

function stripQuotes(text) {
  return text.replace(/^["“”'‘’]+|["“”'‘’,.]+$/g, '');
}
