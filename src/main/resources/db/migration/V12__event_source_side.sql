-- Whose word an event rests on: when every report of an event comes from one party to the conflict (its
-- publishers, or the claimants the reports quote), source_side names that party; NULL when the sources are
-- mixed, neutral or unknown. Derived from the merged events, the documents' publishers and the conflict's
-- publisher and claimant lists (analysis.sources), and rewritten whenever events are re-extracted.
ALTER TABLE events ADD COLUMN source_side VARCHAR(200);

CREATE INDEX events_source_side ON events (source_side);
