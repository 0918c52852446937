-- Reading coverage of the current reports (the share of their numbers with a role other than unread), and
-- their unread numbers, for the analysts' review on the quality page.
CREATE OR REPLACE TABLE mart_reading AS
SELECT r.unit_code, r.period_key, r.source_file, g.numbers_seen, g.numbers_facts, g.numbers_explained,
       g.numbers_unread,
       CASE WHEN g.numbers_seen = 0 THEN 1.0
            ELSE 1.0 - g.numbers_unread::DOUBLE / g.numbers_seen END AS coverage
FROM stg_reading g
JOIN int_reports r USING (source_file, unit_code, period_key)
WHERE r.status = 'current'
ORDER BY coverage, unit_code, period_key, source_file;

CREATE OR REPLACE TABLE mart_unread_numbers AS
SELECT u.unit_code, u.period_key, u.source_file, u.number, u.location, u.number_offset, u.sentence, u.candidates
FROM stg_unread_numbers u
JOIN int_reports r USING (source_file, unit_code, period_key)
WHERE r.status = 'current'
ORDER BY unit_code, period_key, source_file, number_offset;
