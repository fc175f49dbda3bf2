-- Foundation schema. Migrations are never edited once landed; add a new file instead.
-- Kept within PostgreSQL 15 so the same SQL runs on PGlite and on a PostgreSQL server.

CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

-- Administrative units: province → commune-level unit (xa, phuong, dac_khu) → village/group.
CREATE TABLE units (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('tinh', 'xa', 'phuong', 'dac_khu', 'thon', 'to_dan_pho')),
  parent_id integer REFERENCES units(id),
  province_id integer REFERENCES units(id),
  valid_from date,
  valid_to date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
  CHECK ((level = 'tinh') = (province_id IS NULL))
);
CREATE INDEX units_province_idx ON units (province_id, level);
CREATE INDEX units_parent_idx ON units (parent_id);
-- Names over time: a rename closes one row and opens another; history is never lost.
CREATE TABLE unit_names (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units(id),
  name text NOT NULL,
  valid_from date,
  valid_to date
);
CREATE INDEX unit_names_unit_idx ON unit_names (unit_id);
-- Old → new mapping for mergers (and splits): predecessors end the day before effective_date.
CREATE TABLE unit_successions (
  predecessor_id integer NOT NULL REFERENCES units(id),
  successor_id integer NOT NULL REFERENCES units(id),
  effective_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('merge', 'split')),
  note text,
  PRIMARY KEY (predecessor_id, successor_id)
);

-- Indicator catalog: data, editable per province without code changes.
CREATE TABLE indicator_groups (
  code text PRIMARY KEY,
  name text NOT NULL,
  sort integer NOT NULL DEFAULT 0
);
CREATE TABLE indicators (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
  group_code text NOT NULL REFERENCES indicator_groups(code),
  name text NOT NULL,
  unit text NOT NULL,
  aggregation text NOT NULL CHECK (aggregation IN ('flow', 'stock', 'percent', 'flag')),
  numerator_code text,
  denominator_code text,
  cues jsonb NOT NULL DEFAULT '[]',
  -- NULL: shared catalog; otherwise an indicator a province added for itself.
  province_id integer REFERENCES units(id),
  active boolean NOT NULL DEFAULT true,
  sort integer NOT NULL DEFAULT 0
);
CREATE TABLE difficulty_themes (
  code text PRIMARY KEY,
  name text NOT NULL,
  cues jsonb NOT NULL DEFAULT '[]',
  sort integer NOT NULL DEFAULT 0
);

-- Periods: year, half-year, quarter, or the ad-hoc period of a report request.
CREATE TABLE periods (
  id serial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('year', 'half', 'quarter', 'adhoc')),
  year integer NOT NULL,
  number integer,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  label text NOT NULL,
  CHECK (ends_on >= starts_on)
);
CREATE UNIQUE INDEX periods_regular_uq ON periods (kind, year, number) WHERE kind <> 'adhoc';

CREATE TABLE users (
  id serial PRIMARY KEY,
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  password_hash text NOT NULL,
  full_name text NOT NULL,
  email text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE user_roles (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('system_admin', 'province_admin', 'province_analyst', 'commune_officer')),
  -- system_admin: NULL; province roles: a province; commune_officer: a commune-level unit.
  unit_id integer REFERENCES units(id),
  CHECK ((role = 'system_admin') = (unit_id IS NULL))
);
CREATE UNIQUE INDEX user_roles_uq ON user_roles (user_id, role, COALESCE(unit_id, 0));
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- An uploaded file, its extracted text and what was read from it.
CREATE TABLE documents (
  id serial PRIMARY KEY,
  province_id integer REFERENCES units(id),
  unit_id integer REFERENCES units(id),
  filename text NOT NULL,
  media_type text NOT NULL,
  byte_size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea,
  kind text NOT NULL DEFAULT 'unknown' CHECK (kind IN ('report', 'plan', 'request', 'unknown')),
  number text,
  issued_on date,
  issuer text,
  raw_text text,
  text text,
  extraction jsonb,
  uploaded_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_unit_idx ON documents (unit_id);

-- A province's request for reports (details grow with the reporting cycle).
CREATE TABLE report_requests (
  id serial PRIMARY KEY,
  province_id integer NOT NULL REFERENCES units(id),
  number text NOT NULL,
  issued_on date NOT NULL,
  subject text NOT NULL,
  period_id integer NOT NULL REFERENCES periods(id),
  deadline date NOT NULL,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One unit's answer for a period or a request.
CREATE TABLE reports (
  id serial PRIMARY KEY,
  province_id integer NOT NULL REFERENCES units(id),
  unit_id integer NOT NULL REFERENCES units(id),
  period_id integer NOT NULL REFERENCES periods(id),
  request_id integer REFERENCES report_requests(id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'accepted', 'returned')),
  narrative jsonb NOT NULL DEFAULT '{}',
  document_id integer REFERENCES documents(id),
  review_comment text,
  submitted_at timestamptz,
  reviewed_at timestamptz,
  reviewed_by integer REFERENCES users(id),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX reports_request_uq ON reports (unit_id, request_id) WHERE request_id IS NOT NULL;
CREATE UNIQUE INDEX reports_period_uq ON reports (unit_id, period_id) WHERE request_id IS NULL;
CREATE INDEX reports_province_idx ON reports (province_id, status);

-- Data values: one number per unit, period and indicator (and report when it came from one).
CREATE TABLE data_values (
  id bigserial PRIMARY KEY,
  province_id integer NOT NULL REFERENCES units(id),
  unit_id integer NOT NULL REFERENCES units(id),
  period_id integer NOT NULL REFERENCES periods(id),
  indicator_code text NOT NULL REFERENCES indicators(code),
  report_id integer REFERENCES reports(id),
  value double precision NOT NULL,
  value_max double precision,
  qualifier text NOT NULL DEFAULT 'exact' CHECK (qualifier IN ('exact', 'approx', 'at_least', 'at_most', 'range')),
  source text NOT NULL CHECK (source IN ('typed', 'extracted', 'computed')),
  -- Evidence for extracted values: {documentId, start, end, text}; corrected = officer changed it.
  evidence jsonb,
  corrected boolean NOT NULL DEFAULT false,
  extracted_value double precision,
  updated_by integer REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((qualifier = 'range') = (value_max IS NOT NULL)),
  CHECK (value_max IS NULL OR value_max >= value)
);
CREATE UNIQUE INDEX data_values_report_uq ON data_values (report_id, indicator_code) WHERE report_id IS NOT NULL;
CREATE UNIQUE INDEX data_values_direct_uq ON data_values (unit_id, period_id, indicator_code) WHERE report_id IS NULL;
CREATE INDEX data_values_rollup_idx ON data_values (province_id, period_id, indicator_code);

-- Plans with targets and tasks (features arrive later; the tables exist now).
CREATE TABLE plans (
  id serial PRIMARY KEY,
  province_id integer NOT NULL REFERENCES units(id),
  unit_id integer NOT NULL REFERENCES units(id),
  parent_plan_id integer REFERENCES plans(id),
  document_id integer REFERENCES documents(id),
  number text,
  title text NOT NULL,
  issued_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE plan_targets (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  indicator_code text REFERENCES indicators(code),
  year integer NOT NULL,
  value double precision NOT NULL,
  unit text NOT NULL,
  text text NOT NULL
);
CREATE TABLE plan_tasks (
  id serial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  title text NOT NULL,
  lead text,
  coordinating jsonb NOT NULL DEFAULT '[]',
  timeframe text,
  due_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled'))
);

-- Every change to a data value or a report's status: who, when, old, new.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id integer REFERENCES users(id),
  actor_label text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  action text NOT NULL,
  old_value jsonb,
  new_value jsonb,
  unit_id integer REFERENCES units(id),
  province_id integer REFERENCES units(id)
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_log_province_idx ON audit_log (province_id, at);
