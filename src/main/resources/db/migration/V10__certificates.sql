-- Certificates: the credential a certification body issues when a validation case is ready for certification, the
-- issuer keys that sign them, and what happened to each since (suspended, reinstated, revoked, renewed). Nothing here
-- is deleted: a certificate outlives its holder's account (holder_id is then cleared, the name it was issued to stays).

-- One generation of signing keys: an Ed25519 key for Data Integrity proofs and a P-256 key for VC-JWT. The newest
-- generation signs; every generation stays published so that older credentials keep verifying. Private keys are
-- stored wrapped (AES-GCM under toolkit.certificates.key-secret).
CREATE TABLE issuer_key (
    generation      INTEGER       NOT NULL PRIMARY KEY,
    ed25519_public  VARCHAR(200)  NOT NULL,
    ed25519_private VARCHAR(400)  NOT NULL,
    p256_public     VARCHAR(400)  NOT NULL,
    p256_private    VARCHAR(600)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at      TIMESTAMP WITH TIME ZONE
);

-- A body's settings as an issuer: the time zone its certificates' dates are written in.
CREATE TABLE certification_issuer (
    body_id    UUID        NOT NULL PRIMARY KEY REFERENCES organisation (id),
    time_zone  VARCHAR(60) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE certificate (
    id                VARCHAR(26)   NOT NULL PRIMARY KEY,
    case_id           UUID          NOT NULL,
    holder_id         UUID          REFERENCES account (id) ON DELETE SET NULL,
    holder_name       VARCHAR(200)  NOT NULL,
    -- the holder's name folded (no case, no accents) for the registry search
    search_name       VARCHAR(400)  NOT NULL,
    language          VARCHAR(8)    NOT NULL,
    body_id           UUID          NOT NULL REFERENCES organisation (id),
    framework_slug    VARCHAR(80)   NOT NULL,
    framework_version VARCHAR(40)   NOT NULL,
    role_code         VARCHAR(200)  NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_from        TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until       TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone         VARCHAR(60)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    status_reason     VARCHAR(4000),
    -- the certificate's place in the platform's revocation and suspension status lists
    status_index      INTEGER       NOT NULL,
    key_generation    INTEGER       NOT NULL REFERENCES issuer_key (generation),
    credential        TEXT          NOT NULL,
    credential_jwt    TEXT          NOT NULL,
    listed            BOOLEAN       NOT NULL,
    version           INTEGER       NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT certificate_case_uk UNIQUE (case_id),
    CONSTRAINT certificate_index_uk UNIQUE (status_index)
);
CREATE INDEX certificate_by_holder ON certificate (holder_id);
CREATE INDEX certificate_by_body ON certificate (body_id, issued_at);
CREATE INDEX certificate_by_name ON certificate (search_name);

-- The competences a certificate attests, with the level the role requires.
CREATE TABLE certificate_competence (
    certificate_id VARCHAR(26)  NOT NULL REFERENCES certificate (id),
    position       INTEGER      NOT NULL,
    competence     VARCHAR(200) NOT NULL,
    level          INTEGER      NOT NULL,
    PRIMARY KEY (certificate_id, position)
);

-- Everything that happened to a certificate: issued, suspended, reinstated, revoked, renewed (with the continuing
-- professional development it was renewed on), listed and unlisted.
CREATE TABLE certificate_event (
    id             UUID          NOT NULL PRIMARY KEY,
    certificate_id VARCHAR(26)   NOT NULL REFERENCES certificate (id),
    seq            INTEGER       NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    actor_id       UUID,
    reason         VARCHAR(4000),
    cpd_hours      INTEGER,
    valid_until    TIMESTAMP WITH TIME ZONE,
    at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX certificate_event_by_certificate ON certificate_event (certificate_id, seq);
