-- Documents as ingested, and which extractor versions have processed them.
-- Written in the SQL both PostgreSQL and H2 (PostgreSQL mode) accept.

CREATE TABLE documents (
    id                  VARCHAR(80)  PRIMARY KEY,
    source_url          VARCHAR(2000),
    file_name           VARCHAR(500),
    title               VARCHAR(2000),
    publisher           VARCHAR(500),
    author              VARCHAR(500),
    language            VARCHAR(20),
    published_start     DATE,
    published_end       DATE,
    published_precision VARCHAR(8),
    content_hash        VARCHAR(128) NOT NULL,
    raw_text            TEXT         NOT NULL,
    clean_text          TEXT         NOT NULL,
    -- the offset map's runs, delta- and varint-encoded then deflated (see OffsetMapCodec)
    offset_runs         BYTEA        NOT NULL,
    clean_length        INTEGER      NOT NULL,
    raw_length          INTEGER      NOT NULL,
    word_count          INTEGER      NOT NULL,
    version             INTEGER      NOT NULL,
    ingested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT documents_content_hash_unique UNIQUE (content_hash)
);

CREATE INDEX documents_source_url ON documents (source_url);
CREATE INDEX documents_file_name ON documents (file_name);

CREATE TABLE extraction_marks (
    document_id       VARCHAR(80) NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    extractor_version VARCHAR(100) NOT NULL,
    extracted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (document_id, extractor_version)
);
