// The hover/focus card on a highlighted mention: the canonical entity behind the words.

import { h, replace, plural } from './dom.js';
import { typeClass, typeLabel } from './text.js';

const KIND_LABELS = {
  name: 'by name', alias: 'by another name', nominal: 'by description',
  adjective: 'as an adjective', pronoun: 'by pronoun',
};

let entities = new Map();
let current = null;

/** The entities the tooltip can describe (the brief's, keyed by id). */
export function setTooltipEntities(list) {
  entities = new Map((list || []).map((e) => [e.id, e]));
}

export function installTooltip() {
  const tip = document.getElementById('tooltip');
  if (!tip) return;
  const show = (link) => {
    const entity = entities.get(link.dataset.entity);
    if (!entity) return;
    current = link;
    const role = (entity.roles || [])[0];
    replace(tip,
      h('span', { class: ['tooltip__type', `t-${typeClass(entity.type)}`] }, typeLabel(entity.type)),
      h('strong', { class: 'tooltip__name' }, entity.name),
      role ? h('span', { class: 'tooltip__line' }, role.text || role.title) : null,
      h('span', { class: 'tooltip__line tooltip__muted' },
        `Mentioned ${KIND_LABELS[link.dataset.kind] || ''} · ${plural((entity.mentions || []).length, 'mention')}`),
    );
    tip.hidden = false;
    link.setAttribute('aria-describedby', 'tooltip');
    position(tip, link);
  };
  const hide = () => {
    if (current) current.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };
  const target = (event) => (event.target instanceof Element ? event.target.closest('a.mention') : null);
  document.addEventListener('mouseover', (e) => { const l = target(e); if (l && l !== current) show(l); });
  document.addEventListener('mouseout', (e) => {
    const l = target(e);
    if (l && l === current && !(e.relatedTarget instanceof Node && l.contains(e.relatedTarget))) hide();
  });
  document.addEventListener('focusin', (e) => {
    // Only the link itself: focus moved to an evidence span inside a mention is not a hover.
    const l = e.target instanceof Element && e.target.matches('a.mention') ? e.target : null;
    if (l) show(l); else if (current) hide();
  });
  document.addEventListener('focusout', (e) => { if (target(e) === current) hide(); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && current) hide(); });
  window.addEventListener('scroll', () => { if (current) position(tip, current); }, { passive: true });
  window.addEventListener('hashchange', hide);
}

function position(tip, link) {
  const rect = link.getClientRects()[0] || link.getBoundingClientRect();
  const tipRect = tip.getBoundingClientRect();
  const margin = 8;
  let left = rect.left + window.scrollX;
  left = Math.min(left, window.scrollX + document.documentElement.clientWidth - tipRect.width - margin);
  left = Math.max(window.scrollX + margin, left);
  let top = rect.bottom + window.scrollY + 6;
  if (rect.bottom + tipRect.height + 12 > window.innerHeight && rect.top > tipRect.height + 12) {
    top = rect.top + window.scrollY - tipRect.height - 6;
  }
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}
