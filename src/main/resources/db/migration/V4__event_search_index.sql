-- Indexes for the actor and text filters, which otherwise test every event's text with POSITION().
-- Both filters match a substring, so each keeps a small vocabulary (distinct actor names, distinct
-- words) that a query scans for the names or words containing what was asked, and postings
-- (event, name or word) that lead from those to candidate events by index; the candidates are then
-- tested as before (events.actors_lc, event_search.search_text). The rows are written by the
-- application (SearchIndex), which tokenises exactly as the filters do; search_index_state records
-- which version of that tokenising the rows were made with, so the application rebuilds them when
-- they are missing (stores made before this migration) or stale.

CREATE TABLE actor_names (
    name_lc VARCHAR(1000) PRIMARY KEY
);

CREATE TABLE event_actors (
    event_id VARCHAR(200)  NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    name_lc  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (event_id, name_lc)
);

CREATE INDEX event_actors_name ON event_actors (name_lc, event_id);

CREATE TABLE search_words (
    word VARCHAR(500) PRIMARY KEY
);

CREATE TABLE event_words (
    event_id VARCHAR(200) NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    word     VARCHAR(500) NOT NULL,
    PRIMARY KEY (event_id, word)
);

CREATE INDEX event_words_word ON event_words (word, event_id);

CREATE TABLE search_index_state (
    version INTEGER NOT NULL
);

INSERT INTO search_index_state (version) VALUES (0);
