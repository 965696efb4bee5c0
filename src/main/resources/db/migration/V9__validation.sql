-- Validation cases: a candidate's claim to a role of a framework, taken through identification, documentation,
-- assessment and certification with a certification body. Every move is a row of validation_history; the phase is
-- changed only under the case's version (optimistic check). Evidence files are kept in the database, so that a file
-- is stored whole or not at all and every node sees it.

CREATE TABLE validation_case (
    id                UUID         NOT NULL PRIMARY KEY,
    candidate_id      UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    body_id           UUID         NOT NULL REFERENCES organisation (id),
    framework_slug    VARCHAR(80)  NOT NULL,
    framework_version VARCHAR(40)  NOT NULL,
    role_code         VARCHAR(200) NOT NULL,
    assessment_id     UUID,
    phase             VARCHAR(20)  NOT NULL,
    outcome           VARCHAR(30),
    decision          VARCHAR(20),
    decision_reason   VARCHAR(4000),
    -- the role while the case is open, NULL once it has an outcome: one open case per candidate and role
    open_role         VARCHAR(300),
    version           INTEGER      NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT validation_case_open_uk UNIQUE (candidate_id, open_role)
);
CREATE INDEX validation_case_by_body ON validation_case (body_id, updated_at);

-- What the candidate claims, per competence the role requires: a snapshot of the self-assessment (0: not claimed).
CREATE TABLE validation_claim (
    case_id    UUID         NOT NULL REFERENCES validation_case (id) ON DELETE CASCADE,
    competence VARCHAR(200) NOT NULL,
    position   INTEGER      NOT NULL,
    level      SMALLINT     NOT NULL,
    PRIMARY KEY (case_id, competence)
);

CREATE TABLE validation_assessor (
    case_id     UUID NOT NULL REFERENCES validation_case (id) ON DELETE CASCADE,
    account_id  UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_by UUID,
    PRIMARY KEY (case_id, account_id)
);
CREATE INDEX validation_assessor_by_account ON validation_assessor (account_id);

-- The assessors' current rating of each competence (0: not shown), with its comment.
CREATE TABLE validation_rating (
    case_id     UUID          NOT NULL REFERENCES validation_case (id) ON DELETE CASCADE,
    competence  VARCHAR(200)  NOT NULL,
    level       SMALLINT      NOT NULL,
    comment     VARCHAR(4000) NOT NULL,
    assessor_id UUID,
    assessor    VARCHAR(200)  NOT NULL,
    rated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, competence)
);

-- An assessor's request for more evidence; competences is a comma-separated list of codes, or empty.
CREATE TABLE validation_request (
    id          UUID          NOT NULL PRIMARY KEY,
    case_id     UUID          NOT NULL REFERENCES validation_case (id) ON DELETE CASCADE,
    message     VARCHAR(4000) NOT NULL,
    competences VARCHAR(2000) NOT NULL,
    asked_by    VARCHAR(200)  NOT NULL,
    asked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX validation_request_by_case ON validation_request (case_id, asked_at);

-- Every step of a case: when, who (the name at the time), what, from which phase to which phase or outcome.
CREATE TABLE validation_history (
    id         UUID          NOT NULL PRIMARY KEY,
    case_id    UUID          NOT NULL REFERENCES validation_case (id) ON DELETE CASCADE,
    seq        INTEGER       NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id   UUID,
    actor      VARCHAR(200)  NOT NULL,
    action     VARCHAR(40)   NOT NULL,
    from_state VARCHAR(30),
    to_state   VARCHAR(30)   NOT NULL,
    comment    VARCHAR(4000),
    CONSTRAINT validation_history_seq_uk UNIQUE (case_id, seq)
);

-- Evidence: a file, a link or a note, for one competence. Submitted evidence is never deleted, only retired.
CREATE TABLE validation_evidence (
    id         UUID          NOT NULL PRIMARY KEY,
    case_id    UUID          NOT NULL REFERENCES validation_case (id) ON DELETE CASCADE,
    competence VARCHAR(200)  NOT NULL,
    kind       VARCHAR(10)   NOT NULL,
    label      VARCHAR(300)  NOT NULL,
    url        VARCHAR(2000),
    note       VARCHAR(4000),
    media_type VARCHAR(100),
    size       BIGINT        NOT NULL,
    sha256     CHAR(64),
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted  BOOLEAN       NOT NULL,
    retired_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX validation_evidence_by_case ON validation_evidence (case_id, added_at);

CREATE TABLE validation_evidence_file (
    evidence_id UUID  NOT NULL PRIMARY KEY REFERENCES validation_evidence (id) ON DELETE CASCADE,
    content     BYTEA NOT NULL
);

-- Exam results the exam module reported for the case, once per attempt.
CREATE TABLE validation_exam (
    attempt_id  UUID         NOT NULL PRIMARY KEY,
    case_id     UUID         NOT NULL REFERENCES validation_case (id) ON DELETE CASCADE,
    passed      BOOLEAN      NOT NULL,
    percent     DECIMAL(6,2) NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX validation_exam_by_case ON validation_exam (case_id, closed_at);
