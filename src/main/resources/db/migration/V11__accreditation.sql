-- Accreditation of training organisations and trainers against the Skills4Cities quality criteria: an application
-- to a certification body (a statement and evidence per criterion), the assessor's ratings, the history of every
-- step, and the accreditations decided. An accreditation is never deleted: a withdrawn one keeps its row, with when,
-- why and by whom. Evidence files are kept in the database, like validation evidence.

CREATE TABLE accreditation_application (
    id              UUID          NOT NULL PRIMARY KEY,
    subject         VARCHAR(30)   NOT NULL,
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    -- the trainer applying for themselves; NULL for a training organisation
    trainer_id      UUID          REFERENCES account (id) ON DELETE CASCADE,
    applicant_id    UUID,
    applicant       VARCHAR(200)  NOT NULL,
    body_id         UUID          NOT NULL REFERENCES organisation (id),
    status          VARCHAR(20)   NOT NULL,
    -- the accreditation this application renews, if any
    renews_id       UUID,
    assessor_id     UUID,
    assessor        VARCHAR(200),
    decision_reason VARCHAR(4000),
    -- the subject while the application is undecided, NULL after: one open application per organisation or trainer
    open_subject    VARCHAR(80),
    version         INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT accreditation_application_open_uk UNIQUE (open_subject)
);
CREATE INDEX accreditation_application_by_body ON accreditation_application (body_id, updated_at);
CREATE INDEX accreditation_application_by_organisation ON accreditation_application (organisation_id);

CREATE TABLE accreditation_statement (
    application_id UUID          NOT NULL REFERENCES accreditation_application (id) ON DELETE CASCADE,
    criterion      VARCHAR(60)   NOT NULL,
    statement      VARCHAR(4000) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, criterion)
);

CREATE TABLE accreditation_evidence (
    id             UUID          NOT NULL PRIMARY KEY,
    application_id UUID          NOT NULL REFERENCES accreditation_application (id) ON DELETE CASCADE,
    criterion      VARCHAR(60)   NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    label          VARCHAR(300)  NOT NULL,
    url            VARCHAR(2000),
    media_type     VARCHAR(100),
    size           BIGINT        NOT NULL,
    sha256         CHAR(64),
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX accreditation_evidence_by_application ON accreditation_evidence (application_id, added_at);

CREATE TABLE accreditation_evidence_file (
    evidence_id UUID  NOT NULL PRIMARY KEY REFERENCES accreditation_evidence (id) ON DELETE CASCADE,
    content     BYTEA NOT NULL
);

-- The assessor's current rating of each criterion: met, partly or not-met, with a comment saying why.
CREATE TABLE accreditation_rating (
    application_id UUID          NOT NULL REFERENCES accreditation_application (id) ON DELETE CASCADE,
    criterion      VARCHAR(60)   NOT NULL,
    rating         VARCHAR(10)   NOT NULL,
    comment        VARCHAR(4000) NOT NULL,
    assessor       VARCHAR(200)  NOT NULL,
    rated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, criterion)
);

-- Every step of an application: when, who (the name at the time), what, from which status to which.
CREATE TABLE accreditation_history (
    id             UUID          NOT NULL PRIMARY KEY,
    application_id UUID          NOT NULL REFERENCES accreditation_application (id) ON DELETE CASCADE,
    seq            INTEGER       NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20)   NOT NULL,
    comment        VARCHAR(4000),
    CONSTRAINT accreditation_history_seq_uk UNIQUE (application_id, seq)
);

-- A decided accreditation: valid from the decision date for toolkit.accreditation.validity; a renewal's
-- accreditation names the one it renews. The name is the organisation's or trainer's at the decision.
CREATE TABLE accreditation (
    id               UUID          NOT NULL PRIMARY KEY,
    application_id   UUID          NOT NULL REFERENCES accreditation_application (id),
    subject          VARCHAR(30)   NOT NULL,
    organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    trainer_id       UUID          REFERENCES account (id) ON DELETE CASCADE,
    name             VARCHAR(300)  NOT NULL,
    organisation     VARCHAR(300)  NOT NULL,
    body_id          UUID          NOT NULL REFERENCES organisation (id),
    body             VARCHAR(300)  NOT NULL,
    valid_from       DATE          NOT NULL,
    valid_until      DATE          NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    renews_id        UUID,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    withdrawn_reason VARCHAR(4000)
);
CREATE INDEX accreditation_by_organisation ON accreditation (organisation_id, decided_at);
CREATE INDEX accreditation_by_trainer ON accreditation (trainer_id, decided_at);
