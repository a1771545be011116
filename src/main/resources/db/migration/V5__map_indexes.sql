-- Indexes for the web API at 100,000+ events.
-- Pages sorted by fatalities: an index in exactly the sort order lets the database walk it and stop
-- after one page instead of sorting every matching row (at 100k events 5 ms instead of 500 ms for an
-- unindexed filter such as contested=true). No such index for the date order: with one, H2 walks it
-- from the first day even for a late date range, which was slower than sorting the matching rows.
CREATE INDEX events_by_fatalities ON events (fatalities_low DESC NULLS LAST, date_start, document_id, ordinal);
-- The map groups events into grid cells by position and type and sums their deaths; with all four
-- columns in one index an unfiltered map view is answered from the index alone, without the rows.
CREATE INDEX events_map ON events (lat, lon, event_type, fatalities_low);
