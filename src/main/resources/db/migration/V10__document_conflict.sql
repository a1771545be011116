-- Which conflict a document belongs to, so that its events are extracted with that conflict's configuration:
-- a shipped conflict's id (its folder name under conflicts/) or the path of a conflict folder on disk.
-- Documents stored before there was a choice belong to the conflict that was then the only one.
ALTER TABLE documents ADD COLUMN conflict VARCHAR(1000);
UPDATE documents SET conflict = 'armenia-azerbaijan' WHERE conflict IS NULL;
