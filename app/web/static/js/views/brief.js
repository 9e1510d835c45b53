// A brief: headline, source and date, summary, timeline, the article with mentions highlighted by
// entity type, and the claims as cards that light up their evidence in the article.

import { h, replace, announce, prefersReducedMotion } from '../dom.js';
import { api } from '../api.js';
import { ArticleText, pickMentions, renderRange, typeClass } from '../text.js';
import { renderTimeline } from '../timeline.js';
import { setTooltipEntities } from '../tooltip.js';
import { briefMeta, claimCard, empty, entityChip, legend } from '../ui.js';

export async function briefView(main, { path, params }, { signal }) {
  const brief = await api.brief(path[1], { signal });
  document.title = `${brief.headline || 'Untitled article'} · newsbrief`;
  setTooltipEntities(brief.entities);

  const article = new ArticleText(brief.text);
  const marks = pickMentions(brief.entities, article.length);
  const evidence = evidenceSpans(brief);
  const entitiesById = new Map(brief.entities.map((e) => [e.id, e]));

  const counts = {};
  for (const m of marks) counts[typeClass(m.entity.type)] = (counts[typeClass(m.entity.type)] || 0) + 1;

  const events = [...brief.timeline].sort((a, b) => a.order - b.order);
  const claims = brief.claims;

  const showEvidence = (kind, item) => {
    const li = kind === 'event' ? document.getElementById(`event-${item.id}`) : null;
    if (li && li.hidden && timeline && timeline.expand) timeline.expand();
    highlight(main, kind, item, brief.id);
  };
  const timeline = events.length ? renderTimeline(events, {
    idPrefix: 'event-', listId: 'brief-timeline', compact: true, collapseAfter: 12,
    onShow: (e) => showEvidence('event', e),
  }) : null;

  replace(main,
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/' }, '← All briefs')),
    h('article', { class: 'brief', 'aria-labelledby': 'brief-title' },
      h('header', { class: 'brief__head' },
        briefMeta(brief),
        headline(brief, article, marks, evidence),
        brief.url ? h('p', { class: 'brief__url' }, h('a', { href: brief.url, rel: 'noopener noreferrer' }, 'Original article')) : null,
        brief.summary ? h('section', { class: 'summary', 'aria-labelledby': 'summary-title' },
          h('h2', { id: 'summary-title', class: 'summary__title' }, 'Summary'),
          h('p', null, brief.summary)) : null),

      h('section', { class: 'glance', 'aria-labelledby': 'entities-title' },
        h('div', { class: 'glance__head' },
          h('h2', { id: 'entities-title', class: 'section-title' }, 'Who and what'),
          legend(counts)),
        brief.entities.length
          ? entityChips(brief.entities)
          : empty('No entities were found in this article.')),

      h('section', { class: 'timeline-section', 'aria-labelledby': 'timeline-title' },
        h('h2', { id: 'timeline-title', class: 'section-title' }, 'Timeline'),
        timeline || empty('No events were extracted from this article.')),

      h('div', { class: 'layout layout--brief' },
        h('section', { class: 'layout__main article', 'aria-labelledby': 'article-title' },
          h('h2', { id: 'article-title', class: 'section-title' }, 'Article'),
          h('p', { class: 'hint' }, 'Highlighted names link to their entity; hover or focus one to see who it is.'),
          articleBody(brief, article, marks, evidence)),
        h('section', { class: 'layout__side claims', 'aria-labelledby': 'claims-title' },
          h('h2', { id: 'claims-title', class: 'section-title' }, 'Claims ',
            h('span', { class: 'section-title__count' }, `(${claims.length})`)),
          claims.length
            ? h('ol', { class: 'claim-list' }, claims.map((c) => h('li', null,
              claimCard(c, {
                idPrefix: 'claim-',
                onShow: (claim) => showEvidence('claim', claim),
                sourceEntity: c.source && c.source.entity_id ? entitiesById.get(c.source.entity_id) : null,
              }))))
            : empty('No attributed statements were found in this article.'))),

      h('footer', { class: 'brief__foot' },
        h('p', null, `Extracted by ${brief.extraction.pipeline} ${brief.extraction.version} with ${brief.extraction.model}. `,
          h('a', { href: `/briefs/${encodeURIComponent(brief.id)}` }, 'This brief as JSON')))));

  const claimId = params.get('claim');
  const eventId = params.get('event');
  if (claimId || eventId) {
    const item = claimId ? claims.find((c) => c.id === claimId) : events.find((e) => e.id === eventId);
    if (item) requestAnimationFrame(() => showEvidence(claimId ? 'claim' : 'event', item));
  }
}

/** Every claim's source, cue and content, and every event's clause and trigger, as classes. */
function evidenceSpans(brief) {
  const spans = [];
  for (const claim of brief.claims) {
    const base = `ev-claim-${claim.id}`;
    if (claim.content) spans.push({ ...claim.content, classes: [base, `${base}-content`] });
    if (claim.cue) spans.push({ ...claim.cue, classes: [base, `${base}-cue`] });
    if (claim.source) spans.push({ ...claim.source, classes: [base, `${base}-source`] });
  }
  for (const event of brief.timeline) {
    const base = `ev-event-${event.id}`;
    spans.push({ start: event.start, end: event.end, classes: [base, `${base}-content`] });
    if (event.trigger) spans.push({ ...event.trigger, classes: [base, `${base}-cue`] });
  }
  return spans.filter((s) => s.end > s.start);
}

function headlineLength(brief, article) {
  if (!brief.headline) return 0;
  const n = Array.from(brief.headline).length;
  return article.slice(0, n) === brief.headline ? n : 0;
}

function headline(brief, article, marks, evidence) {
  const el = h('h1', { id: 'brief-title', class: 'brief__title' });
  const n = headlineLength(brief, article);
  if (n) renderRange(el, article, 0, n, marks, evidence);
  else el.textContent = brief.headline || 'Untitled article';
  return el;
}

function paragraph(article, start, end, marks, evidence) {
  const p = h('p', { class: 'article__p' });
  renderRange(p, article, start, end, marks, evidence);
  return p;
}

/** Paragraphs split on line breaks, as code-point offsets (for briefs without sections). */
function lineParagraphs(article, start, end) {
  const out = [];
  let from = start;
  const chars = Array.from(article.text);
  for (let i = start; i <= end; i += 1) {
    if (i === end || chars[i] === '\n') {
      if (article.slice(from, i).trim()) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

function articleBody(brief, article, marks, evidence) {
  const body = h('div', { class: 'article__body' });
  const skip = headlineLength(brief, article);
  const sections = brief.sections || [];
  if (!sections.length) {
    for (const p of lineParagraphs(article, skip, article.length)) body.append(paragraph(article, p.start, p.end, marks, evidence));
    return body;
  }
  if (sections[0].start > skip && article.slice(skip, sections[0].start).trim()) {
    for (const p of lineParagraphs(article, skip, sections[0].start)) body.append(paragraph(article, p.start, p.end, marks, evidence));
  }
  sections.forEach((section, index) => {
    const el = h('section', { class: 'article__section' });
    const hasHeading = section.heading_start !== null && section.heading_start !== undefined
      && section.heading_end > section.heading_start;
    if (hasHeading) {
      const heading = h('h3', { class: 'article__heading', id: `section-${index}` });
      renderRange(heading, article, section.heading_start, section.heading_end, marks, evidence);
      el.append(heading);
      el.setAttribute('aria-labelledby', `section-${index}`);
    } else if (section.heading) {
      el.append(h('h3', { class: 'article__heading' }, section.heading));
    }
    const paragraphs = section.paragraphs && section.paragraphs.length
      ? section.paragraphs
      : lineParagraphs(article, hasHeading ? section.heading_end : section.start, section.end);
    for (const p of paragraphs) el.append(paragraph(article, p.start, p.end, marks, evidence));
    body.append(el);
  });
  return body;
}

/** Light up a claim's or an event's evidence in the article and scroll it into view. */
function highlight(main, kind, item, briefId) {
  for (const el of main.querySelectorAll('.lit')) el.classList.remove('lit', 'lit--content', 'lit--cue', 'lit--source');
  for (const el of main.querySelectorAll('[aria-current="true"]')) el.removeAttribute('aria-current');
  const base = `ev-${kind}-${item.id}`;
  const pieces = [...main.querySelectorAll(`.${CSS.escape(base)}`)];
  for (const part of ['content', 'cue', 'source']) {
    for (const el of main.querySelectorAll(`.${CSS.escape(`${base}-${part}`)}`)) el.classList.add('lit', `lit--${part}`);
  }
  const card = document.getElementById(`${kind}-${item.id}`);
  if (card) card.setAttribute('aria-current', 'true');
  history.replaceState(null, '', `#/briefs/${encodeURIComponent(briefId)}?${kind}=${encodeURIComponent(item.id)}`);
  if (!pieces.length) {
    announce('This item has no evidence span in the article text.');
    return;
  }
  const first = pieces.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
  first.setAttribute('tabindex', '-1');
  first.focus({ preventScroll: true });
  first.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'center' });
  const words = kind === 'claim' ? `Claim by ${item.source ? item.source.text : 'an unattributed source'}` : `Event: ${item.description}`;
  announce(`${words}, highlighted in the article.`);
}

const CHIPS_SHOWN = 14;

/** The entities by salience: the first CHIPS_SHOWN, then a "+N more" button that shows the rest. */
function entityChips(entities) {
  const chips = [...entities].sort((a, b) => b.salience - a.salience)
    .map((e, i) => h('li', { hidden: i >= CHIPS_SHOWN }, entityChip(e, String((e.mentions || []).length))));
  const list = h('ul', { class: 'chip-list', id: 'entity-chips' }, chips);
  const hidden = chips.length - CHIPS_SHOWN;
  if (hidden > 0) {
    const button = h('button', {
      type: 'button', class: 'chip chip--more', 'aria-controls': 'entity-chips', 'aria-expanded': 'false',
    }, `+${hidden} more`);
    button.addEventListener('click', () => {
      for (const li of chips) li.hidden = false;
      button.parentElement.remove();
      const first = chips[CHIPS_SHOWN].querySelector('a');
      if (first) first.focus();
    });
    list.append(h('li', { class: 'chip-list__more' }, button));
  }
  return list;
}
