SELECT indicator, indicator_group, kind, unit, direction, measure, name_vi, name_en, definition_vi, definition_en,
       formula
FROM int_indicators
WHERE indicator = ?
