-- Answering a request: validation rules as data per province, and upload jobs (reading a
-- commune's own document in the background with visible progress).

-- A rule is data a province admin can edit: what it checks, how strict (warning or error),
-- and the Vietnamese message shown beside the value. Defaults are seeded for every province.
CREATE TABLE validation_rules (
  id serial PRIMARY KEY,
  province_id integer NOT NULL REFERENCES units(id),
  -- Stable key of the rule within its province (defaults use fixed keys so seeding is idempotent).
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]+$'),
  -- compare: indicator <op> other; bound: indicator <op> limit;
  -- ratio: a percentage within `limit` points of 100 × numerator / denominator (from the catalog);
  -- previous: value more than `limit` times (or less than 1/limit of) the unit's previous period.
  kind text NOT NULL CHECK (kind IN ('compare', 'bound', 'ratio', 'previous')),
  -- NULL for 'previous' means every indicator.
  indicator_code text REFERENCES indicators(code),
  other_code text REFERENCES indicators(code),
  operator text CHECK (operator IN ('<=', '>=', '<', '>')),
  "limit" double precision,
  severity text NOT NULL CHECK (severity IN ('warning', 'error')),
  message text NOT NULL CHECK (length(message) BETWEEN 1 AND 500),
  active boolean NOT NULL DEFAULT true,
  updated_by integer REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (province_id, code),
  CHECK (kind <> 'compare' OR (indicator_code IS NOT NULL AND other_code IS NOT NULL AND operator IS NOT NULL)),
  CHECK (kind <> 'bound' OR (indicator_code IS NOT NULL AND operator IS NOT NULL AND "limit" IS NOT NULL)),
  CHECK (kind <> 'ratio' OR (indicator_code IS NOT NULL AND "limit" IS NOT NULL AND "limit" >= 0)),
  CHECK (kind <> 'previous' OR ("limit" IS NOT NULL AND "limit" > 1))
);

-- Reading an uploaded document runs in the background; its state survives a restart
-- (queued/running jobs are picked up again at start-up).
CREATE TABLE upload_jobs (
  id serial PRIMARY KEY,
  report_id integer NOT NULL REFERENCES reports(id),
  document_id integer NOT NULL REFERENCES documents(id),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  stage text NOT NULL DEFAULT 'queued' CHECK (stage IN ('queued', 'reading', 'ocr', 'extracting', 'done', 'failed')),
  progress_done integer NOT NULL DEFAULT 0,
  progress_total integer NOT NULL DEFAULT 0,
  error_code text,
  error_message text,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX upload_jobs_status_idx ON upload_jobs (status, id);
CREATE INDEX upload_jobs_report_idx ON upload_jobs (report_id);
CREATE INDEX documents_sha_idx ON documents (unit_id, sha256);
