-- Which answers of an assessment are the ones the diary suggested and the person kept (for example a leg area ticked
-- from the check-ins), so a result can say where each area came from (docs/clinical-basis.md, "ACR 2016 screen").
ALTER TABLE assessment_answer ADD COLUMN suggested BOOLEAN NOT NULL DEFAULT FALSE;
