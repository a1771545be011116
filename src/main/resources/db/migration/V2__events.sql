-- Event reports (one row per document and event), their claims, and cross-document groupings.
-- The flattened columns exist for filtering, sorting and aggregation; event_bodies holds the whole
-- Event as JSON so that it round-trips exactly. Bodies live in their own table so that scans and
-- aggregations over events read narrow rows.

CREATE TABLE events (
    id              VARCHAR(200) PRIMARY KEY,
    document_id     VARCHAR(80)  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal         INTEGER      NOT NULL,
    date_start      DATE         NOT NULL,
    date_end        DATE         NOT NULL,
    date_precision  VARCHAR(8)   NOT NULL,
    date_month      CHAR(7)      NOT NULL,
    event_type      VARCHAR(60)  NOT NULL,
    sub_event_type  VARCHAR(60)  NOT NULL,
    actor1          VARCHAR(300),
    actor2          VARCHAR(300),
    actors_lc       VARCHAR(4000),
    country         VARCHAR(200),
    country_lc      VARCHAR(200),
    admin1          VARCHAR(200),
    admin1_lc       VARCHAR(200),
    location_name   VARCHAR(500),
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    geo_precision   SMALLINT,
    fatalities_low  INTEGER,
    fatalities_best INTEGER,
    fatalities_high INTEGER,
    contested       BOOLEAN      NOT NULL,
    cross_border    BOOLEAN      NOT NULL
);

-- The lower-cased words a text filter searches (notes, evidence, actors, places, claimants): the
-- widest column, so kept out of events to keep scans over events narrow.
CREATE TABLE event_search (
    event_id    VARCHAR(200) PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    search_text VARCHAR(100000) NOT NULL
);

CREATE TABLE event_bodies (
    event_id  VARCHAR(200) PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    body      VARCHAR(1000000) NOT NULL
);

CREATE INDEX events_document ON events (document_id, ordinal);
CREATE INDEX events_date ON events (date_start, date_end);
-- fatalities_low makes this also the covering index for the statistics by type (see below)
CREATE INDEX events_type ON events (event_type, date_start, fatalities_low);
CREATE INDEX events_sub_type ON events (sub_event_type, date_start);
CREATE INDEX events_country ON events (country_lc, date_start);
CREATE INDEX events_admin1 ON events (admin1_lc, date_start);
-- The statistics group by month, type, admin1 and actor1; with fatalities_low in the index H2 answers
-- an unfiltered grouping from the index alone instead of fetching every row. (A second index on
-- event_type would not help: H2 may group along either and picks without regard to covering.)
CREATE INDEX events_stats_month ON events (date_month, fatalities_low);
CREATE INDEX events_stats_admin1 ON events (admin1, fatalities_low);
CREATE INDEX events_stats_actor1 ON events (actor1, fatalities_low);
CREATE INDEX events_position ON events (lat, lon);
CREATE INDEX events_fatalities ON events (fatalities_low);

CREATE TABLE event_claims (
    event_id  VARCHAR(200) NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    claimant  VARCHAR(500),
    stance    VARCHAR(30)  NOT NULL,
    PRIMARY KEY (event_id, position)
);

CREATE INDEX event_claims_claimant ON event_claims (claimant);

CREATE TABLE merged_events (
    id                 VARCHAR(200) PRIMARY KEY,
    position           INTEGER      NOT NULL,
    member_ids         VARCHAR(100000) NOT NULL,
    disagreements_json VARCHAR(1000000) NOT NULL
);

-- Which merged event each report belongs to; no foreign key to events, because reports are
-- replaced per document while groupings are recomputed afterwards.
CREATE TABLE merged_members (
    merged_id VARCHAR(200) NOT NULL REFERENCES merged_events (id) ON DELETE CASCADE,
    event_id  VARCHAR(200) NOT NULL,
    position  INTEGER      NOT NULL,
    PRIMARY KEY (merged_id, position)
);

CREATE INDEX merged_members_event ON merged_members (event_id);
