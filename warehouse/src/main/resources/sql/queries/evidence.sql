-- The facts behind one unit's (parameter 1) value of one indicator (parameter 2) in a frame running from
-- parameter 3 to parameter 4: every report inside the frame, with the sentence each figure came from.
SELECT f.indicator, f.value, f.unit, f.period_key, f.qualifier_key, f.sub_period_start, f.sub_period_end, f.as_of,
       f.breakdown, f.synthetic, f.source_file, f.evidence_text, f.evidence_offset, f.evidence_matched,
       f.evidence_location, f.rule
FROM int_facts f
WHERE f.unit_code = ?
  AND f.indicator = ?
  AND f.period_start >= CAST(? AS DATE)
  AND f.period_end <= CAST(? AS DATE)
ORDER BY f.period_start, f.breakdown NULLS FIRST, f.qualifier_key
