-- Whose word an event rests on moves from a column of events (V12) to a narrow table of its own: H2 rewrites every
-- index of a row it updates, and events has fourteen, so marking 100,000 events took minutes (about 4 ms a row);
-- rows of this table are inserted and deleted, at well under a millisecond each. A row says that every report of
-- the event rests on the word of one party, side; an event with no row rests on no one party's word.
DROP INDEX events_source_side;
ALTER TABLE events DROP COLUMN source_side;

CREATE TABLE event_sides (
    event_id VARCHAR(200) PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    side     VARCHAR(200) NOT NULL
);

CREATE INDEX event_sides_side ON event_sides (side);
