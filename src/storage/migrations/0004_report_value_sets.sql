-- Each report's data values packed in one row (docs/decisions/042-report-value-sets.md), so a
-- national roll-up or synthesis reads ≈13 k rows instead of ≈412 k. Derived data only:
-- data_values stays the record; triggers keep this table equal to it in the same statement
-- (every INSERT, UPDATE, DELETE, whatever code path or tool writes the values).
-- v = [indicator codes, values, upper ends (null unless a range), qualifier codes], the
-- qualifier codes being positions in ['exact','approx','at_least','at_most','range'].
CREATE TABLE report_value_sets (
  report_id integer NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  province_id integer NOT NULL,
  unit_id integer NOT NULL,
  period_id integer NOT NULL,
  v json NOT NULL,
  PRIMARY KEY (report_id, province_id, unit_id, period_id)
);
CREATE INDEX report_value_sets_period_idx ON report_value_sets (period_id, province_id);

-- Rebuilds the rows of the given reports from data_values. extra_float_digits = 1 (the
-- default) prints every double in its shortest exact form, so values round-trip unchanged.
CREATE FUNCTION report_value_sets_refresh(ids integer[]) RETURNS void
LANGUAGE plpgsql SET extra_float_digits = 1 AS $$
BEGIN
  DELETE FROM report_value_sets WHERE report_id = ANY(ids);
  INSERT INTO report_value_sets (report_id, province_id, unit_id, period_id, v)
    SELECT report_id, province_id, unit_id, period_id,
           json_build_array(
             array_agg(indicator_code ORDER BY indicator_code),
             array_agg(value ORDER BY indicator_code),
             array_agg(value_max ORDER BY indicator_code),
             array_agg(array_position(ARRAY['exact', 'approx', 'at_least', 'at_most', 'range'], qualifier) - 1 ORDER BY indicator_code))
      FROM data_values
     WHERE report_id = ANY(ids)
     GROUP BY report_id, province_id, unit_id, period_id;
END $$;

-- Statement-level triggers (one per event: transition tables allow only one) refresh the
-- reports a statement touched, once per statement.
CREATE FUNCTION report_value_sets_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM report_value_sets_refresh(ARRAY(SELECT DISTINCT report_id FROM new_rows WHERE report_id IS NOT NULL));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM report_value_sets_refresh(ARRAY(
      SELECT report_id FROM new_rows WHERE report_id IS NOT NULL
      UNION SELECT report_id FROM old_rows WHERE report_id IS NOT NULL));
  ELSE
    PERFORM report_value_sets_refresh(ARRAY(SELECT DISTINCT report_id FROM old_rows WHERE report_id IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER data_values_sets_insert AFTER INSERT ON data_values
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_value_sets_sync();
CREATE TRIGGER data_values_sets_update AFTER UPDATE ON data_values
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_value_sets_sync();
CREATE TRIGGER data_values_sets_delete AFTER DELETE ON data_values
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_value_sets_sync();

-- Existing data.
SELECT report_value_sets_refresh(ARRAY(SELECT DISTINCT report_id FROM data_values WHERE report_id IS NOT NULL));

-- Values typed without a report (roll-ups count them) are read from data_values directly.
CREATE INDEX data_values_direct_period_idx ON data_values (period_id, province_id) WHERE report_id IS NULL;
