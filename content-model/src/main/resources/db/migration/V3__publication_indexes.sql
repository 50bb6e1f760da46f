-- Indexes the publisher's queries need at a city's scale (100,000 items): lists by catalogue,
-- newest items, attachments shared by hash.
CREATE INDEX item_revision_catalogue_idx ON item_revision (catalogue_id);
CREATE INDEX item_published_idx ON item (published_at);
CREATE INDEX attachment_sha_idx ON attachment (sha256);
