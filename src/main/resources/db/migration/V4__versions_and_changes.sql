-- Versions that cities own and edit, items that are hidden or retired instead of deleted, what other systems said of
-- a framework or an item, and the history of every change.

ALTER TABLE framework ADD COLUMN owner_id UUID;
ALTER TABLE framework ADD COLUMN source_identifier VARCHAR(1000);
ALTER TABLE framework ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE framework ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
UPDATE framework SET changed_at = imported_at;
UPDATE framework SET published_at = imported_at WHERE status = 'published';

ALTER TABLE framework_item ALTER COLUMN code SET DATA TYPE VARCHAR(200);
ALTER TABLE framework_item ALTER COLUMN item_type SET DATA TYPE VARCHAR(200);
ALTER TABLE framework_item ADD COLUMN source_identifier VARCHAR(1000);
ALTER TABLE framework_item ADD COLUMN state VARCHAR(10) DEFAULT 'active' NOT NULL;
ALTER TABLE role_profile ADD COLUMN state VARCHAR(10) DEFAULT 'active' NOT NULL;

-- subject_id is the framework or one of its items; name is what the other system called the value
CREATE TABLE framework_attribute (
    framework_id UUID         NOT NULL REFERENCES framework (id),
    subject_id   UUID         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    attribute_value VARCHAR   NOT NULL,
    PRIMARY KEY (framework_id, subject_id, name)
);

-- One row per changed value: an item, role or requirement created, changed, retired or deleted, with the old and new
-- value of one field in one language (lang is empty for values that are not text).
CREATE TABLE framework_change (
    id           UUID          NOT NULL PRIMARY KEY,
    framework_id UUID          NOT NULL REFERENCES framework (id),
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(320)  NOT NULL,
    origin       VARCHAR(20)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    subject_kind VARCHAR(20)   NOT NULL,
    subject_id   UUID,
    subject_code VARCHAR(200)  NOT NULL,
    field        VARCHAR(100)  NOT NULL,
    lang         VARCHAR(8)    NOT NULL,
    old_value    VARCHAR,
    new_value    VARCHAR
);
CREATE INDEX framework_change_subject_ix ON framework_change (framework_id, subject_id);
