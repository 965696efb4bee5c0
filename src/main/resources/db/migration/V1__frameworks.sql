-- Competence frameworks. Item and role identifiers are the public, stable UUIDs a framework file carries; a later
-- version of a framework keeps them, so every row is keyed by its framework version as well. Every text lives in
-- framework_text, one row per subject, field and language, so that a framework is written in parallel in any number
-- of languages without changing these tables.

CREATE TABLE framework (
    id               UUID         NOT NULL PRIMARY KEY,
    slug             VARCHAR(80)  NOT NULL,
    version          VARCHAR(40)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    based_on_slug    VARCHAR(80),
    based_on_version VARCHAR(40),
    languages        VARCHAR(200) NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT framework_slug_version_uk UNIQUE (slug, version),
    CONSTRAINT framework_status_ck CHECK (status IN ('draft', 'published', 'retired'))
);

CREATE TABLE proficiency_level (
    framework_id UUID    NOT NULL REFERENCES framework (id),
    level        INTEGER NOT NULL,
    eqf_level    INTEGER NOT NULL,
    PRIMARY KEY (framework_id, level)
);

CREATE TABLE framework_item (
    framework_id UUID        NOT NULL REFERENCES framework (id),
    id           UUID        NOT NULL,
    parent_id    UUID,
    code         VARCHAR(80) NOT NULL,
    item_type    VARCHAR(80) NOT NULL,
    position     INTEGER     NOT NULL,
    PRIMARY KEY (framework_id, id),
    CONSTRAINT framework_item_code_uk UNIQUE (framework_id, code),
    CONSTRAINT framework_item_parent_fk FOREIGN KEY (framework_id, parent_id) REFERENCES framework_item (framework_id, id)
);

CREATE TABLE level_descriptor (
    framework_id UUID    NOT NULL,
    item_id      UUID    NOT NULL,
    level        INTEGER NOT NULL,
    PRIMARY KEY (framework_id, item_id, level),
    CONSTRAINT level_descriptor_item_fk FOREIGN KEY (framework_id, item_id) REFERENCES framework_item (framework_id, id)
);

CREATE TABLE item_source (
    framework_id UUID          NOT NULL,
    item_id      UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    citation     VARCHAR(1000) NOT NULL,
    url          VARCHAR(1000),
    PRIMARY KEY (framework_id, item_id, position),
    CONSTRAINT item_source_item_fk FOREIGN KEY (framework_id, item_id) REFERENCES framework_item (framework_id, id)
);

CREATE TABLE external_reference (
    framework_id UUID          NOT NULL,
    item_id      UUID          NOT NULL,
    position     INTEGER       NOT NULL,
    scheme       VARCHAR(80)   NOT NULL,
    code         VARCHAR(80),
    uri          VARCHAR(1000),
    title        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (framework_id, item_id, position),
    CONSTRAINT external_reference_item_fk FOREIGN KEY (framework_id, item_id) REFERENCES framework_item (framework_id, id)
);

CREATE TABLE role_profile (
    framework_id UUID        NOT NULL REFERENCES framework (id),
    id           UUID        NOT NULL,
    code         VARCHAR(40) NOT NULL,
    eqf_level    INTEGER     NOT NULL,
    position     INTEGER     NOT NULL,
    PRIMARY KEY (framework_id, id),
    CONSTRAINT role_profile_code_uk UNIQUE (framework_id, code)
);

CREATE TABLE role_requirement (
    framework_id  UUID    NOT NULL,
    role_id       UUID    NOT NULL,
    competence_id UUID    NOT NULL,
    level         INTEGER NOT NULL,
    mandatory     BOOLEAN NOT NULL,
    position      INTEGER NOT NULL,
    PRIMARY KEY (framework_id, role_id, competence_id),
    CONSTRAINT role_requirement_role_fk FOREIGN KEY (framework_id, role_id) REFERENCES role_profile (framework_id, id),
    CONSTRAINT role_requirement_item_fk FOREIGN KEY (framework_id, competence_id)
        REFERENCES framework_item (framework_id, id)
);

-- subject_id is the framework, an item or a role; field names the text (title, description, level:3,
-- knowledge:0, task:2, scale:3:title ...); lang is an ISO 639 code.
CREATE TABLE framework_text (
    framework_id UUID        NOT NULL REFERENCES framework (id),
    subject_id   UUID        NOT NULL,
    field        VARCHAR(60) NOT NULL,
    lang         VARCHAR(8)  NOT NULL,
    text         VARCHAR     NOT NULL,
    PRIMARY KEY (framework_id, subject_id, field, lang)
);
