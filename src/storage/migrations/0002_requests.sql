-- The reporting cycle: what a request asks for and of whom, recurring regimes that open
-- requests automatically, reminders, and the first submission time used for timeliness.
-- Portable PostgreSQL 15 SQL (PGlite and server).

-- Recurring regimes: "before 15/6 and 15/12 each year". deadlines holds one 'MM-DD' per
-- period of the kind (year: 1, half: 2, quarter: 4); a deadline earlier than the period's
-- start falls in the following year. A request opens open_days_before days before its deadline.
CREATE TABLE reporting_regimes (
  id serial PRIMARY KEY,
  province_id integer NOT NULL REFERENCES units(id),
  kind text NOT NULL CHECK (kind IN ('year', 'half', 'quarter')),
  name text NOT NULL,
  number_prefix text NOT NULL DEFAULT '',
  subject text NOT NULL,
  deadlines jsonb NOT NULL,
  open_days_before integer NOT NULL DEFAULT 30 CHECK (open_days_before BETWEEN 0 AND 366),
  indicators jsonb NOT NULL DEFAULT '[]',
  sections jsonb NOT NULL DEFAULT '[]',
  -- No request is opened for a period whose deadline is before this date.
  starts_on date NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reporting_regimes_province_idx ON reporting_regimes (province_id);

-- Requests grow: narrative sections asked, addressed units (all or a list), status, regime.
ALTER TABLE report_requests ADD COLUMN sections jsonb NOT NULL DEFAULT '["results","models","difficulties","recommendations"]';
ALTER TABLE report_requests ADD COLUMN all_units boolean NOT NULL DEFAULT true;
ALTER TABLE report_requests ADD COLUMN status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'));
ALTER TABLE report_requests ADD COLUMN regime_id integer REFERENCES reporting_regimes(id);
ALTER TABLE report_requests ADD COLUMN note text;
ALTER TABLE report_requests ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX report_requests_province_idx ON report_requests (province_id, deadline);
-- A regime opens at most one request per period: this is what makes the daily run idempotent.
CREATE UNIQUE INDEX report_requests_regime_uq ON report_requests (regime_id, period_id) WHERE regime_id IS NOT NULL;
-- A province does not reuse its own document number.
CREATE UNIQUE INDEX report_requests_number_uq ON report_requests (province_id, number);

-- Indicators asked for (codes from the catalog), in the order the form shows them.
CREATE TABLE request_indicators (
  request_id integer NOT NULL REFERENCES report_requests(id) ON DELETE CASCADE,
  indicator_code text NOT NULL REFERENCES indicators(code),
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (request_id, indicator_code)
);

-- Units addressed when all_units is false (commune-level units of the request's province).
CREATE TABLE request_units (
  request_id integer NOT NULL REFERENCES report_requests(id) ON DELETE CASCADE,
  unit_id integer NOT NULL REFERENCES units(id),
  PRIMARY KEY (request_id, unit_id)
);
CREATE INDEX request_units_unit_idx ON request_units (unit_id);

-- Timeliness is judged on the first submission; a resubmission after a return does not make
-- an on-time report late.
ALTER TABLE reports ADD COLUMN first_submitted_at timestamptz;
UPDATE reports SET first_submitted_at = submitted_at WHERE submitted_at IS NOT NULL;
CREATE INDEX reports_request_idx ON reports (request_id);

-- Reminders and other in-app notices to a commune (every officer of the unit sees them);
-- channel 'email' rows record e-mails sent, with the address list.
CREATE TABLE notifications (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units(id),
  request_id integer REFERENCES report_requests(id) ON DELETE CASCADE,
  report_id integer REFERENCES reports(id),
  kind text NOT NULL CHECK (kind IN ('reminder', 'returned', 'opened')),
  channel text NOT NULL DEFAULT 'app' CHECK (channel IN ('app', 'email')),
  message text NOT NULL,
  recipients jsonb,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_unit_idx ON notifications (unit_id, created_at);
