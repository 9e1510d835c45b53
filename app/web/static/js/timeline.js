// A visual timeline: dated events placed on a time axis, every event listed in story order.

import { h, plural } from './dom.js';

const MODALITY = {
  fact: null,
  future: { label: 'Future', note: 'expected, has not happened' },
  hypothetical: { label: 'Hypothetical', note: 'may or may not happen' },
  negated: { label: 'Did not happen', note: 'reported as not happening' },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const POINT = /(\d{4})(?:-(0[1-9]|1[0-2])(?!\d)(?:-([0-2]\d|3[01])(?!\d))?)?/;

/**
 * The span of time an event's `date` names, as fractional years: "2025" -> [2025, 2026),
 * "2025-01" -> January, "2025-01-03" -> that day, "2016-2025" or "2016/2025" -> the period.
 * Returns null for anything without a four-digit year (e.g. "PRESENT_REF", "XXXX").
 */
export function parseDate(value) {
  if (!value) return null;
  const first = value.match(POINT);
  if (!first) return null;
  const startPoint = pointSpan(first);
  const rest = value.slice(first.index + first[0].length);
  const second = /^\s*(?:\/|--|–|-|\.\.)\s*/.test(rest) ? rest.replace(/^\s*(?:\/|--|–|-|\.\.)\s*/, '').match(POINT) : null;
  if (second && second.index === 0) {
    const endPoint = pointSpan(second);
    if (endPoint[1] >= startPoint[0]) return { from: startPoint[0], to: endPoint[1], range: true };
  }
  return { from: startPoint[0], to: startPoint[1], range: false, precision: first[3] ? 'day' : first[2] ? 'month' : 'year' };
}

function pointSpan(match) {
  const year = Number(match[1]);
  if (!match[2]) return [year, year + 1];
  const month = Number(match[2]) - 1;
  if (!match[3]) return [year + month / 12, year + (month + 1) / 12];
  const day = Number(match[3]);
  const dayFrac = (day - 1) / 31 / 12;
  return [year + month / 12 + dayFrac, year + month / 12 + dayFrac + 1 / 372];
}

/** "2025-01-03" -> "3 Jan 2025", "2025-01" -> "Jan 2025", "2016-2025" -> "2016–2025". */
export function formatEventDate(value) {
  if (!value) return null;
  const parts = [];
  let rest = value;
  for (let i = 0; i < 2; i += 1) {
    const m = rest.match(POINT);
    if (!m) break;
    parts.push(m[3] ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : m[2] ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : m[1]);
    rest = rest.slice(m.index + m[0].length);
    if (!/^\s*(?:\/|--|–|-|\.\.)/.test(rest)) break;
  }
  return parts.length ? parts.join('–') : value;
}

function ticksFor(from, to) {
  const span = to - from;
  const ticks = [];
  if (span >= 2) {
    const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
    const step = steps.find((s) => span / s <= 8) || 1000;
    for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push({ at: y, label: String(y) });
  } else if (span * 12 < 2.5) {
    // Under a couple of months: a tick a week (1st, 8th, 15th, 22nd), labelled by day.
    const days = span * 372 > 20 ? [1, 8, 15, 22] : Array.from({ length: 31 }, (_, i) => i + 1);
    for (let m = Math.floor(from * 12); m / 12 <= to; m += 1) {
      const year = Math.floor(m / 12);
      const month = m - year * 12;
      for (const day of days) {
        const at = year + month / 12 + (day - 1) / 372;
        if (at < from || at > to) continue;
        ticks.push({ at, label: `${day} ${MONTHS[month]}${ticks.length === 0 ? ` ${year}` : ''}` });
      }
    }
    const every = Math.ceil(ticks.length / 8);
    return ticks.filter((_, i) => i % every === 0);
  } else {
    const monthSpan = span * 12;
    const step = [1, 2, 3, 6].find((s) => monthSpan / s <= 8) || 6;
    const startMonth = Math.ceil(from * 12 - 1e-9);
    for (let m = startMonth; m / 12 <= to + 1e-9; m += 1) {
      if (m % step !== 0) continue;
      const year = Math.floor(m / 12);
      const month = m - year * 12;
      ticks.push({ at: m / 12, label: month === 0 || ticks.length === 0 ? `${MONTHS[month]} ${year}` : MONTHS[month] });
    }
  }
  return ticks;
}

/**
 * Build the timeline section's body.
 * events: timeline items (brief or stored), sorted by the caller.
 * options.onShow(event): "show in article" action (brief page); options.briefLink(event): a link
 * element to the event's brief (entity page); options.entityName(id) -> name for chips.
 */
export function renderTimeline(events, options = {}) {
  const items = [...events];
  const dated = items.map((e) => ({ event: e, when: parseDate(e.date) })).filter((d) => d.when);
  const box = h('div', { class: 'timeline' });

  if (dated.length) {
    box.append(renderAxis(dated, items));
    const close = closeUp(dated);
    if (close) {
      box.append(h('p', { class: 'axis__caption', 'aria-hidden': 'true' }, `Close-up: ${close.label}`));
      box.append(renderAxis(close.items, items));
    }
  }
  const undatedCount = items.length - dated.length;
  box.append(h('p', { class: 'timeline__summary' },
    plural(items.length, 'event'),
    dated.length ? ` · ${dated.length} placed on the time axis` : ' · none carries a resolved date',
    undatedCount && dated.length ? ` · ${undatedCount} undated, listed in timeline order` : ''));

  const compact = Boolean(options.compact);
  const list = h('ol', { class: ['timeline__list', compact ? 'timeline__list--grid' : null], id: options.listId || null });
  items.forEach((event, index) => {
    // inside a claim the event is `reported`; its own modality (future, negated...) is still shown
    const own = event.modality === 'reported' ? (event.reported_modality || 'fact') : event.modality;
    const mod = MODALITY[own] || null;
    const label = formatEventDate(event.date);
    const timeText = event.time && event.time.text;
    const description = event.description || (event.trigger && event.trigger.text) || 'Event';
    list.append(h('li', {
      class: ['tl-item', `tl-${event.modality || 'fact'}`, label ? 'tl-dated' : 'tl-undated'],
      id: options.idPrefix ? `${options.idPrefix}${event.local_id || event.id}` : null,
      dataset: { event: event.local_id || event.id },
    },
    h('span', { class: 'tl-item__dot', 'aria-hidden': 'true' }, String(index + 1)),
    h('div', { class: 'tl-item__body' },
      h('p', { class: 'tl-item__when' },
        label ? h('time', { datetime: /^\d{4}(-\d{2}){0,2}$/.test(event.date) ? event.date : null }, label)
          : h('span', { class: 'tl-item__undated' }, 'Undated'),
        timeText && timeText !== label ? h('span', { class: 'tl-item__timex' }, `“${timeText}”`) : null,
        mod ? h('span', { class: ['badge', `badge--${own}`], title: mod.note }, mod.label) : null),
      h('p', { class: 'tl-item__desc' }, options.onShow
        ? h('button', {
          type: 'button', class: 'tl-item__show', title: 'Show in the article',
          on: { click: () => options.onShow(event) },
        }, description, h('span', { class: 'visually-hidden' }, ' (show in the article)'))
        : description),
      options.briefLink ? h('p', { class: 'tl-item__actions' }, options.briefLink(event)) : null)));
  });
  box.append(list);
  const limit = options.collapseAfter || 0;
  if (limit && items.length > limit + 2) {
    const hidden = [...list.children].slice(limit);
    const toggle = h('button', {
      type: 'button', class: 'button button--quiet timeline__toggle', 'aria-expanded': 'false',
      'aria-controls': list.id || null,
    });
    const setOpen = (open) => {
      for (const li of hidden) li.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? 'Show fewer events' : `Show all ${items.length} events`;
    };
    toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
    setOpen(false);
    box.expand = () => setOpen(true);
    box.append(h('div', { class: 'timeline__more' }, toggle));
  }
  return box;
}

/** The busiest one-year window of a long timeline, when it holds three or more events. */
function closeUp(dated) {
  const sorted = [...dated].sort((a, b) => a.when.from - b.when.from);
  const span = Math.max(...sorted.map((d) => d.when.to)) - sorted[0].when.from;
  if (span <= 3) return null;
  let best = null;
  for (let i = 0; i < sorted.length; i += 1) {
    const window = sorted.filter((d, j) => j >= i && d.when.to - sorted[i].when.from <= 1.0001);
    if (!best || window.length > best.length) best = window;
  }
  if (!best || best.length < 3 || best.length === sorted.length) return null;
  const from = Math.min(...best.map((d) => d.when.from));
  const to = Math.max(...best.map((d) => d.when.to));
  if (to - from < 2 / 372) return null; // all on one day: nothing to spread out
  const first = formatEventDate(best[0].event.date);
  const last = formatEventDate(best[best.length - 1].event.date);
  return { items: best, label: first === last ? first : `${first} to ${last}` };
}

function renderAxis(dated, items) {
  let from = Math.min(...dated.map((d) => d.when.from));
  let to = Math.max(...dated.map((d) => d.when.to));
  if (to - from < 1 / 12) { from -= 1 / 24; to += 1 / 24; }
  const pad = (to - from) * 0.04;
  from -= pad; to += pad;
  const x = (v) => ((v - from) / (to - from)) * 100;

  const axis = h('div', { class: 'axis', 'aria-hidden': 'true' });
  const track = h('div', { class: 'axis__track' });
  for (const tick of ticksFor(from, to)) {
    track.append(h('span', { class: 'axis__tick', style: { left: `${x(tick.at)}%` } },
      h('span', { class: 'axis__label' }, tick.label)));
  }
  // Points that (nearly) coincide share one marker; lanes keep markers that would overlap apart.
  const groups = [];
  for (const d of [...dated].sort((a, b) => a.when.from - b.when.from)) {
    const left = x(d.when.from);
    const last = groups[groups.length - 1];
    // A period too short to draw as a bar is a point here.
    const range = d.when.range && x(d.when.to) - left >= 2;
    if (!range && last && !last.range && left - last.left < 2) last.items.push(d);
    else groups.push({ left, range, items: [d] });
  }
  const lanes = []; // per lane, the [from, to] intervals (in %) already taken
  for (const group of groups) {
    const first = group.items[0];
    let a;
    let b;
    if (group.range) {
      a = group.left;
      b = Math.max(x(first.when.to), group.left + 3);
    } else {
      // ~26px a number on a ~1000px track, centred on the date; pushed left at the right edge
      const width = group.items.length * 2.6;
      a = group.left - 1.1;
      b = a + width;
      group.atEnd = b > 100;
      if (group.atEnd) { b = group.left + 1.1; a = b - width; }
    }
    let lane = lanes.findIndex((taken) => taken.every(([p, q]) => b + 0.5 <= p || a - 0.5 >= q));
    if (lane === -1) { lane = lanes.length; lanes.push([]); }
    lanes[lane].push([a, b]);
    const asBar = group.range || (group.items.length === 1 && first.when.precision === 'year');
    const pill = (d) => h('span', {
      class: ['axis__event', `tl-${d.event.modality || 'fact'}`, asBar ? 'axis__event--range' : null],
      style: asBar ? { width: `${Math.max(x(d.when.to) - x(d.when.from), 0)}%` } : null,
      title: `${items.indexOf(d.event) + 1}. ${d.event.description}`,
    }, h('span', { class: 'axis__num' }, String(items.indexOf(d.event) + 1)));
    if (asBar) {
      const marker = pill(first);
      marker.style.setProperty('left', `${group.left}%`);
      marker.style.setProperty('--lane', String(lane));
      marker.classList.add('axis__placed');
      track.append(marker);
    } else {
      track.append(h('span', {
        class: ['axis__cluster', 'axis__placed', group.atEnd ? 'axis__cluster--end' : null],
        style: { left: `${group.left}%`, '--lane': String(lane) },
      }, group.items.map(pill)));
    }
  }
  axis.style.setProperty('--lanes', String(Math.max(lanes.length, 1)));
  axis.append(track);
  return axis;
}
