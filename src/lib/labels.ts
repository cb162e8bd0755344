/**
 * Readable names for the schema's kinds, for headings and lists. A kind without a name here
 * is shown with its hyphens turned into spaces, so a new kind never breaks the build.
 */
const LABELS: Record<string, { one: string; many: string }> = {
  state: { one: 'State', many: 'States' },
  'government-body': { one: 'Government body', many: 'Government bodies' },
  person: { one: 'Person', many: 'People' },
  'self-proclaimed-entity': { one: 'Self-proclaimed entity', many: 'Self-proclaimed entities' },
  organization: { one: 'Organisation', many: 'Organisations' },
  recognition: { one: 'Recognition', many: 'Recognitions' },
  'severance-of-relations': { one: 'Severance of relations', many: 'Severances of relations' },
  statement: { one: 'Statement', many: 'Statements' },
  ceremony: { one: 'Ceremony', many: 'Ceremonies' },
  address: { one: 'Address', many: 'Addresses' },
  'military-action': { one: 'Military action', many: 'Military actions' },
  proclamation: { one: 'Proclamation', many: 'Proclamations' },
  annexation: { one: 'Annexation', many: 'Annexations' },
  other: { one: 'Other', many: 'Other' },
};

function fallback(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Severance of relations" for `severance-of-relations`. */
export function kindLabel(kind: string): string {
  return LABELS[kind]?.one ?? fallback(kind);
}

/** "Government bodies" for `government-body`, for group headings. */
export function kindPluralLabel(kind: string): string {
  return LABELS[kind]?.many ?? fallback(kind);
}
