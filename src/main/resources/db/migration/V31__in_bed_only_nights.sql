-- Nights brought in from Apple Health with time in bed but no time asleep were stored as 0 hours asleep; they were
-- nights whose source recorded only time in bed, so their time asleep is unknown (issue 31). Other imports never
-- stored such a night: a Fitbit log and a CSV row always say the time asleep.
UPDATE measured_night
SET asleep_minutes = NULL
WHERE asleep_minutes = 0
  AND in_bed_minutes > 0
  AND import_id IN (SELECT id FROM measure_import WHERE source_kind = 'apple_health');
