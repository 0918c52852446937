// Reads the API's answers in the shape docs/api.md gives and in the equivalent shapes the server also uses,
// so that a renamed field shows as a gap in one place, not as "undefined" on a page.

/** The facts of /api/units/{code}/evidence: [{value, sourceFile, text, matched, location, rule, qualifier, synthetic}]. */
export function evidenceFacts(response) {
  const facts = Array.isArray(response) ? response : (response && response.facts) || [];
  return facts.map((f) => ({
    value: f.value,
    synthetic: Boolean(f.synthetic),
    sourceFile: f.sourceFile || f.file || null,
    text: f.evidenceText ?? f.text ?? (f.evidence && f.evidence.text) ?? '',
    matched: f.evidenceMatched ?? f.matched ?? (f.evidence && f.evidence.matched) ?? '',
    location: f.evidenceLocation ?? f.location ?? (f.evidence && f.evidence.location) ?? null,
    rule: f.rule || null,
    qualifier: f.qualifier ?? f.qualifierKey ?? null,
  }));
}

/** The points of /api/funnel with a unit object and a numerator each. */
export function funnelPoints(response) {
  return (response.points || []).map((p) => {
    const unit = p.unit || { code: p.unitCode, name: p.unitName };
    const numerator = p.numerator ?? (p.rate !== undefined && p.denominator !== undefined ? (p.rate * p.denominator) / 100 : null);
    return { ...p, unit, numerator };
  });
}

/** A compare row's cells, each with its unit code (cells are in the order of the units when they carry none). */
export function compareCells(row, units) {
  return row.cells.map((c, i) => ({
    value: null, rank: null, n: null, quartile: null, ...(c || {}), unitCode: (c && c.unitCode) || (units[i] && units[i].code),
  }));
}

/** A compare row's median and the group it was taken over (the city when the server gives no group median). */
export function compareMedian(row, group) {
  if (row.groupMedian !== undefined && row.groupMedian !== null) return { value: row.groupMedian, group };
  return { value: row.cityMedian ?? null, group: 'all' };
}

/** The quarantine of /api/quality as [{file, code, reason}]. */
export function quarantineRows(response) {
  return ((response && response.quarantine) || []).map((q) => ({
    file: q.file || q.sourceFile || '', code: q.code, reason: q.reason || q.message || '',
  }));
}
