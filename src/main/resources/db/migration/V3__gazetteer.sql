-- Gazetteer: sources (with their attribution), places, every name of a place, and boundaries.
-- Geometry is kept as WKT text so the same SQL runs on H2 and PostgreSQL without spatial extensions;
-- point-in-polygon work happens in memory (JTS) after loading.

CREATE TABLE gaz_source (
    id           VARCHAR(64) PRIMARY KEY,
    description  VARCHAR(1000),
    attribution  TEXT,
    imported_at  TIMESTAMP,
    place_count  INTEGER NOT NULL DEFAULT 0,
    boundary_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE gaz_place (
    id            VARCHAR(100) PRIMARY KEY,
    source        VARCHAR(64) NOT NULL REFERENCES gaz_source(id) ON DELETE CASCADE,
    name          VARCHAR(500) NOT NULL,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    admin1        VARCHAR(300),
    country       VARCHAR(200),
    feature_class VARCHAR(32) NOT NULL,
    population    BIGINT NOT NULL DEFAULT 0,
    geonames_id   VARCHAR(32)
);
CREATE INDEX gaz_place_source ON gaz_place(source);

CREATE TABLE gaz_place_name (
    place_id  VARCHAR(100) NOT NULL REFERENCES gaz_place(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    name      VARCHAR(500) NOT NULL,
    lang      VARCHAR(16),
    kind      VARCHAR(16) NOT NULL,
    PRIMARY KEY (place_id, ordinal)
);
CREATE INDEX gaz_place_name_name ON gaz_place_name(name);

CREATE TABLE gaz_boundary (
    id          VARCHAR(100) PRIMARY KEY,
    source      VARCHAR(64) NOT NULL REFERENCES gaz_source(id) ON DELETE CASCADE,
    level       VARCHAR(32) NOT NULL,
    name        VARCHAR(500) NOT NULL,
    country     VARCHAR(200),
    geonames_id VARCHAR(32),
    wkt         TEXT NOT NULL
);
