// Agencies and their catalogue trees, loaded once per page view of the console and shared.

import * as api from '../api.js';

const catalogues = new Map();
let agencies = null;

/** GET /api/catalogues?agency= (parents first), cached per agency. */
export function loadCatalogues(agencyId) {
  if (!catalogues.has(agencyId)) {
    const loading = api.get('catalogues', { agency: agencyId }).then((r) => r.data.items);
    loading.catch(() => catalogues.delete(agencyId));
    catalogues.set(agencyId, loading);
  }
  return catalogues.get(agencyId);
}

/** GET /api/agencies, cached. */
export function loadAgencies() {
  if (!agencies) {
    agencies = api.get('agencies').then((r) => r.data.items);
    agencies.catch(() => (agencies = null));
  }
  return agencies;
}

/** [[id, name indented by depth]] in tree order, for a <select>. */
export function catalogueOptions(all) {
  const byParent = new Map();
  for (const c of all) {
    const key = c.parentId ?? 'root';
    if (!byParent.has(key)) {
      byParent.set(key, []);
    }
    byParent.get(key).push(c);
  }
  const out = [];
  const walk = (key, depth) => {
    const children = (byParent.get(key) || []).sort((a, b) => a.position - b.position);
    for (const c of children) {
      out.push([c.id, '\u3000'.repeat(depth) + c.name]);
      walk(c.id, depth + 1);
    }
  };
  walk('root', 0);
  // Nodes whose parent is not in the list (should not happen) still appear, at the end.
  const seen = new Set(out.map(([id]) => id));
  for (const c of all) {
    if (!seen.has(c.id)) {
      out.push([c.id, c.name]);
    }
  }
  return out;
}
