// The article text: code-point offsets (as the API gives them) rendered with entity mentions and
// evidence spans marked. Python str indices count Unicode code points; JS strings are UTF-16, so
// every offset goes through a code-point -> UTF-16 index map before slicing.

import { h } from './dom.js';

export const TYPE_CLASSES = ['person', 'organization', 'place', 'event', 'other'];
export const TYPE_LABELS = {
  person: 'Person', organization: 'Organization', place: 'Place', event: 'Event',
  group: 'Group', product: 'Product', work: 'Work', law: 'Law', other: 'Other',
};

/** The colour class of an entity type: the five the legend shows; the rest are "other". */
export function typeClass(type) {
  return TYPE_CLASSES.includes(type) ? type : 'other';
}

export function typeLabel(type) {
  return TYPE_LABELS[type] || (type ? type[0].toUpperCase() + type.slice(1) : 'Other');
}

export class ArticleText {
  constructor(text) {
    this.text = text || '';
    const map = [];
    let unit = 0;
    for (const ch of this.text) {
      map.push(unit);
      unit += ch.length; // 2 for astral characters (surrogate pairs), 1 otherwise
    }
    map.push(unit);
    this.map = map;
    this.length = map.length - 1; // in code points
  }

  /** UTF-16 index of a code-point offset, clamped to the text. */
  unit(offset) {
    const i = Math.max(0, Math.min(this.length, offset | 0));
    return this.map[i];
  }

  /** text[start:end] in Python terms. */
  slice(start, end) {
    return this.text.slice(this.unit(start), this.unit(end));
  }
}

/**
 * The mentions to mark: every entity's mentions, flattened, overlaps resolved by keeping the
 * earlier and then the longer span ("Cuba's National Defense Council" over "Cuba"), since links
 * cannot nest.
 */
export function pickMentions(entities, textLength) {
  const all = [];
  for (const entity of entities || []) {
    for (const mention of entity.mentions || []) {
      if (!(mention.end > mention.start) || mention.start < 0 || mention.end > textLength) continue;
      all.push({ start: mention.start, end: mention.end, kind: mention.kind, entity });
    }
  }
  all.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept = [];
  let reach = -1;
  for (const m of all) {
    if (m.start >= reach) {
      kept.push(m);
      reach = m.end;
    } else if (kept.length && m.start === kept[kept.length - 1].start && m.end > reach) {
      kept[kept.length - 1] = m;
      reach = m.end;
    }
  }
  return kept;
}

/**
 * Render text[start:end] into `parent`: mentions become links to their entity (coloured by type),
 * and every piece covered by an evidence span gets that span's classes (e.g. "ev-c1 ev-c1-cue"),
 * so a claim or event can light up its evidence later without re-rendering.
 *
 * marks: sorted, non-overlapping [{start, end, entity, kind}]
 * evidence: [{start, end, classes: [..]}]
 */
export function renderRange(parent, article, start, end, marks, evidence) {
  const cuts = new Set([start, end]);
  const inMarks = marks.filter((m) => m.start >= start && m.end <= end && m.end > m.start);
  for (const m of inMarks) { cuts.add(m.start); cuts.add(m.end); }
  const inEvidence = evidence.filter((e) => e.end > start && e.start < end);
  for (const e of inEvidence) {
    if (e.start > start && e.start < end) cuts.add(e.start);
    if (e.end > start && e.end < end) cuts.add(e.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let markIndex = 0;
  let currentMark = null;
  let currentLink = null;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i];
    const b = points[i + 1];
    while (markIndex < inMarks.length && inMarks[markIndex].end <= a) markIndex += 1;
    const mark = markIndex < inMarks.length && inMarks[markIndex].start <= a ? inMarks[markIndex] : null;
    if (mark !== currentMark) {
      currentMark = mark;
      currentLink = mark ? mentionLink(mark) : null;
      if (currentLink) parent.append(currentLink);
    }
    const classes = [];
    for (const e of inEvidence) {
      if (e.start <= a && e.end >= b) classes.push(...e.classes);
    }
    const piece = article.slice(a, b);
    const node = classes.length ? h('span', { class: ['ev', ...classes] }, piece) : document.createTextNode(piece);
    (currentLink || parent).append(node);
  }
}

function mentionLink(mark) {
  const { entity } = mark;
  return h('a', {
    class: ['mention', `t-${typeClass(entity.type)}`],
    href: `#/entities/${encodeURIComponent(entity.id)}`,
    dataset: { entity: entity.id, kind: mark.kind || 'name' },
  });
}
