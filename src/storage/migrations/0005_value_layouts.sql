-- report_value_sets, smaller (docs/decisions/042-report-value-sets.md): a report's indicator
-- codes are stored once per distinct list in value_layouts (most reports give the same list),
-- and v becomes [values, qualifier digits, upper ends or null when the report has no range].
-- The qualifier digit is the position in exact, approx, at_least, at_most, range.
CREATE TABLE value_layouts (
  id serial PRIMARY KEY,
  -- Indicator codes in code order, joined by commas (codes never contain one).
  codes text NOT NULL UNIQUE
);

DELETE FROM report_value_sets;
ALTER TABLE report_value_sets DROP COLUMN v;
ALTER TABLE report_value_sets ADD COLUMN layout_id integer NOT NULL REFERENCES value_layouts(id);
ALTER TABLE report_value_sets ADD COLUMN v json NOT NULL;

-- Two statements: under READ COMMITTED the second sees a layout another transaction added
-- meanwhile (ON CONFLICT DO NOTHING waited for it), so every report finds its layout.
CREATE OR REPLACE FUNCTION report_value_sets_refresh(ids integer[]) RETURNS void
LANGUAGE plpgsql SET extra_float_digits = 1 AS $$
BEGIN
  DELETE FROM report_value_sets WHERE report_id = ANY(ids);
  INSERT INTO value_layouts (codes)
    SELECT DISTINCT codes FROM (
      SELECT string_agg(indicator_code, ',' ORDER BY indicator_code) AS codes
        FROM data_values WHERE report_id = ANY(ids) GROUP BY report_id, province_id, unit_id, period_id) c
    ON CONFLICT (codes) DO NOTHING;
  INSERT INTO report_value_sets (report_id, province_id, unit_id, period_id, layout_id, v)
    SELECT g.report_id, g.province_id, g.unit_id, g.period_id, l.id, g.v
      FROM (SELECT report_id, province_id, unit_id, period_id,
                   string_agg(indicator_code, ',' ORDER BY indicator_code) AS codes,
                   json_build_array(
                     array_agg(value ORDER BY indicator_code),
                     string_agg((array_position(ARRAY['exact', 'approx', 'at_least', 'at_most', 'range'], qualifier) - 1)::text, '' ORDER BY indicator_code),
                     CASE WHEN bool_or(value_max IS NOT NULL) THEN array_agg(value_max ORDER BY indicator_code) END) AS v
              FROM data_values WHERE report_id = ANY(ids)
             GROUP BY report_id, province_id, unit_id, period_id) g
      JOIN value_layouts l ON l.codes = g.codes;
END $$;

SELECT report_value_sets_refresh(ARRAY(SELECT DISTINCT report_id FROM data_values WHERE report_id IS NOT NULL));
