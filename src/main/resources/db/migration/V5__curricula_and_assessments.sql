-- Course offers of training providers, self-assessments with their ratings, and the links and organisations they
-- are shared with. An account's assessments go with the account; an anonymous one is reached by its access token,
-- of which only the SHA-256 is kept.

CREATE TABLE course_offer (
    id              UUID          NOT NULL PRIMARY KEY,
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    title           VARCHAR(200)  NOT NULL,
    starts_on       DATE          NOT NULL,
    ends_on         DATE          NOT NULL,
    place           VARCHAR(200),
    online          BOOLEAN       NOT NULL,
    lang            VARCHAR(8)    NOT NULL,
    price           DECIMAL(12,2) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    link            VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      UUID,
    withdrawn_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE course_offer_unit (
    offer_id  UUID        NOT NULL REFERENCES course_offer (id) ON DELETE CASCADE,
    unit_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (offer_id, unit_code)
);
CREATE INDEX course_offer_unit_by_unit ON course_offer_unit (unit_code);

CREATE TABLE assessment (
    id                UUID         NOT NULL PRIMARY KEY,
    framework_slug    VARCHAR(80)  NOT NULL,
    framework_version VARCHAR(40)  NOT NULL,
    role_code         VARCHAR(200),
    account_id        UUID         REFERENCES account (id) ON DELETE CASCADE,
    token_hash        CHAR(64),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assessment_by_account ON assessment (account_id, created_at);

CREATE TABLE assessment_rating (
    assessment_id UUID          NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    competence    VARCHAR(200)  NOT NULL,
    rating        SMALLINT      NOT NULL,
    note          VARCHAR(2000),
    PRIMARY KEY (assessment_id, competence)
);

-- A private link to the gap report; revoked links stay, so that an old link answers "revoked" and not "never was".
CREATE TABLE assessment_link (
    token_hash    CHAR(64)     NOT NULL PRIMARY KEY,
    assessment_id UUID         NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX assessment_link_by_assessment ON assessment_link (assessment_id);

-- A member shares an assessment with one of their organisations, and withdraws it by deleting the row.
CREATE TABLE assessment_share (
    assessment_id   UUID NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    shared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, organisation_id)
);
CREATE INDEX assessment_share_by_organisation ON assessment_share (organisation_id);
