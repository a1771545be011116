-- Counters the store keeps about itself, one row each; the rows double as locks that writers in
-- different processes take (SELECT ... FOR UPDATE) so that their writes queue instead of colliding.
--   events_version  grows with every change of stored event reports
--   merges_version  the events_version the stored cross-document merges were computed from; lower
--                   means they are stale (a run was cut off between its events and its merges)
--   documents_lock, gazetteer_lock  taken by every document save and gazetteer change
CREATE TABLE store_state (
    name  VARCHAR(64) PRIMARY KEY,
    counter BIGINT     NOT NULL
);

-- A store that already holds events may have been cut off before its merges were recomputed: its
-- merges start stale, so the next extraction run recomputes them once.
INSERT INTO store_state (name, counter)
    SELECT 'events_version', CASE WHEN EXISTS (SELECT 1 FROM events) THEN 1 ELSE 0 END;
INSERT INTO store_state (name, counter) VALUES ('merges_version', 0);
INSERT INTO store_state (name, counter) VALUES ('documents_lock', 0);
INSERT INTO store_state (name, counter) VALUES ('gazetteer_lock', 0);
