-- The read model the service queries. Built from data/ by DatabaseWriter; never written at run time.
-- Nested values that are only ever returned whole (instruments, URLs, a finding's footnotes) are
-- stored as JSON text; values that are filtered on have their own indexed columns or tables.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE jurisdictions (
  code        TEXT PRIMARY KEY COLLATE NOCASE,
  name        TEXT NOT NULL,
  level       TEXT NOT NULL CHECK (level IN ('national', 'subnational')),
  parent_code TEXT COLLATE NOCASE REFERENCES jurisdictions(code),
  iso2        TEXT,
  m49         INTEGER,
  -- national jurisdictions first, then by code: the documented list order
  sort_key    TEXT NOT NULL
);
CREATE INDEX jurisdictions_level ON jurisdictions(level, sort_key);
CREATE INDEX jurisdictions_parent ON jurisdictions(parent_code, sort_key);

CREATE TABLE profiles (
  id                  TEXT PRIMARY KEY COLLATE NOCASE,
  jurisdiction_code   TEXT NOT NULL COLLATE NOCASE REFERENCES jurisdictions(code),
  -- the country whose ratifications apply: the jurisdiction itself or its national parent
  national_code       TEXT NOT NULL COLLATE NOCASE REFERENCES jurisdictions(code),
  year                INTEGER NOT NULL,
  title               TEXT NOT NULL,
  publisher           TEXT NOT NULL,
  research_partner    TEXT,
  published_year      INTEGER,
  isbn                TEXT,
  citation            TEXT,
  license_name        TEXT,
  license_code        TEXT,
  license_url         TEXT,
  source_url          TEXT,
  language            TEXT,
  data_status         TEXT NOT NULL CHECK (data_status IN ('complete', 'referenced')),
  introduction        TEXT,
  introduction_footnotes_json TEXT NOT NULL,
  covid_introduction  TEXT,
  covid_introduction_footnotes_json TEXT NOT NULL,
  referenced_by_profile_id TEXT,
  referenced_by_footnote   INTEGER
);
CREATE INDEX profiles_jurisdiction ON profiles(jurisdiction_code, year);
CREATE INDEX profiles_year ON profiles(year);
CREATE INDEX profiles_status ON profiles(data_status);

CREATE TABLE dimensions (
  number          INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL,
  migof_category  TEXT NOT NULL CHECK (migof_category IN ('principle', 'objective')),
  migof_statement TEXT NOT NULL,
  description     TEXT NOT NULL
);

CREATE TABLE indicators (
  code             TEXT PRIMARY KEY,
  dimension_number INTEGER NOT NULL REFERENCES dimensions(number),
  -- the catalogue's order
  sequence         INTEGER NOT NULL,
  name             TEXT NOT NULL,
  description      TEXT
);
CREATE INDEX indicators_dimension ON indicators(dimension_number, sequence);

CREATE TABLE conventions (
  code         TEXT PRIMARY KEY COLLATE NOCASE,
  name         TEXT NOT NULL,
  adopted_year INTEGER,
  body         TEXT NOT NULL,
  ord          INTEGER NOT NULL
);

CREATE TABLE ratifications (
  profile_id        TEXT NOT NULL REFERENCES profiles(id),
  jurisdiction_code TEXT NOT NULL COLLATE NOCASE REFERENCES jurisdictions(code),
  convention_code   TEXT NOT NULL REFERENCES conventions(code),
  ratified          INTEGER NOT NULL,
  year              INTEGER,
  PRIMARY KEY (jurisdiction_code, convention_code, profile_id)
) WITHOUT ROWID;

CREATE TABLE policies (
  id                   TEXT PRIMARY KEY COLLATE NOCASE,
  profile_id           TEXT NOT NULL COLLATE NOCASE REFERENCES profiles(id),
  jurisdiction_code    TEXT NOT NULL COLLATE NOCASE,
  ord                  INTEGER NOT NULL,
  section              TEXT NOT NULL,
  dimension_number     INTEGER NOT NULL REFERENCES dimensions(number),
  assessment           TEXT NOT NULL CHECK (assessment IN ('well-developed', 'further-development')),
  title                TEXT NOT NULL,
  text                 TEXT NOT NULL,
  indicator_codes_json TEXT NOT NULL,
  instrument_ids_json  TEXT NOT NULL,
  footnotes_json       TEXT NOT NULL
);
-- Covering the list order and every filter column: counts and filtered pages scan this narrow
-- index, not the table with its long texts.
CREATE INDEX policies_order ON policies(profile_id, ord, jurisdiction_code, dimension_number, assessment, id);
CREATE INDEX policies_dimension ON policies(dimension_number, assessment);

CREATE TABLE policy_indicators (
  policy_id      TEXT NOT NULL COLLATE NOCASE REFERENCES policies(id),
  indicator_code TEXT NOT NULL REFERENCES indicators(code),
  PRIMARY KEY (indicator_code, policy_id)
) WITHOUT ROWID;

-- The laws, programmes and other instruments the findings name: one record however many names
-- the findings use for it (aliases). Curated in data/instruments/; kind is ours.
CREATE TABLE instruments (
  id                TEXT PRIMARY KEY COLLATE NOCASE,
  jurisdiction_code TEXT NOT NULL COLLATE NOCASE REFERENCES jurisdictions(code),
  ord               INTEGER NOT NULL,
  name              TEXT NOT NULL,
  aliases_json      TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('constitution', 'law', 'regulation', 'programme', 'plan', 'agreement', 'bill', 'other')),
  year              INTEGER,
  status            TEXT,
  -- ISO 3166-1 alpha-3 codes of an agreement's other parties, where the text names countries
  counterparties_json TEXT NOT NULL,
  -- later amendments or reforms: [{year, date, what, statedIn}], each stated by a finding, answer or note
  events_json       TEXT NOT NULL,
  policy_ids_json   TEXT NOT NULL,
  covid_response_ids_json TEXT NOT NULL,
  source_ids_json   TEXT NOT NULL
);
CREATE INDEX instruments_order ON instruments(jurisdiction_code, ord, kind, id);

CREATE TABLE policy_instruments (
  policy_id     TEXT NOT NULL COLLATE NOCASE REFERENCES policies(id),
  instrument_id TEXT NOT NULL COLLATE NOCASE REFERENCES instruments(id),
  ord           INTEGER NOT NULL,
  PRIMARY KEY (instrument_id, policy_id)
) WITHOUT ROWID;
CREATE INDEX policy_instruments_policy ON policy_instruments(policy_id, instrument_id);

CREATE TABLE covid_responses (
  id                TEXT PRIMARY KEY COLLATE NOCASE,
  profile_id        TEXT NOT NULL COLLATE NOCASE REFERENCES profiles(id),
  jurisdiction_code TEXT NOT NULL COLLATE NOCASE,
  ord               INTEGER NOT NULL,
  topic             TEXT NOT NULL,
  text              TEXT NOT NULL,
  footnotes_json    TEXT NOT NULL,
  instrument_ids_json TEXT NOT NULL
);
CREATE INDEX covid_responses_order ON covid_responses(profile_id, ord, jurisdiction_code, topic);
CREATE INDEX covid_responses_topic ON covid_responses(topic);

-- The plans and protocols a COVID-19 answer names (as policy_instruments for findings).
CREATE TABLE covid_response_instruments (
  covid_response_id TEXT NOT NULL COLLATE NOCASE REFERENCES covid_responses(id),
  instrument_id     TEXT NOT NULL COLLATE NOCASE REFERENCES instruments(id),
  ord               INTEGER NOT NULL,
  PRIMARY KEY (instrument_id, covid_response_id)
) WITHOUT ROWID;
CREATE INDEX covid_response_instruments_answer ON covid_response_instruments(covid_response_id, instrument_id);

CREATE TABLE footnotes (
  id                TEXT PRIMARY KEY COLLATE NOCASE,
  profile_id        TEXT NOT NULL COLLATE NOCASE REFERENCES profiles(id),
  jurisdiction_code TEXT NOT NULL COLLATE NOCASE,
  section           TEXT NOT NULL CHECK (section IN ('body', 'covid')),
  section_ord       INTEGER NOT NULL,
  number            INTEGER NOT NULL,
  text              TEXT NOT NULL,
  urls_json         TEXT NOT NULL,
  UNIQUE (profile_id, section, number)
);
CREATE INDEX footnotes_order ON footnotes(profile_id, section_ord, number, section);

CREATE TABLE sources (
  id                TEXT PRIMARY KEY COLLATE NOCASE,
  profile_id        TEXT NOT NULL COLLATE NOCASE REFERENCES profiles(id),
  jurisdiction_code TEXT NOT NULL COLLATE NOCASE,
  ord               INTEGER NOT NULL,
  issuer            TEXT NOT NULL,
  year_key          TEXT NOT NULL,
  year              INTEGER,
  title             TEXT NOT NULL,
  english_title     TEXT,
  details           TEXT,
  url               TEXT,
  instrument_ids_json TEXT NOT NULL
);
CREATE INDEX sources_order ON sources(profile_id, ord);

-- Full-text indexes. unicode61 with remove_diacritics folds case and accents, so "michoacan"
-- finds "Michoacán"; porter stems English words ("migrants" finds "migrant"). External content:
-- the text lives once, in the tables above.
CREATE VIRTUAL TABLE policies_fts USING fts5(title, text, content='policies', tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE covid_responses_fts USING fts5(topic, text, content='covid_responses', tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE footnotes_fts USING fts5(text, content='footnotes', tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE instruments_fts USING fts5(name, aliases_json, status, content='instruments', tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE sources_fts USING fts5(issuer, title, english_title, details, content='sources', tokenize='porter unicode61 remove_diacritics 2');
