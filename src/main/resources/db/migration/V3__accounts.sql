-- People, organisations and what they may do; one-time links; access tokens; login throttling; the audit log.
-- Emails are stored lower-cased and compared as such. No password, token or one-time link is stored in clear:
-- passwords as Argon2id hashes, tokens and links as SHA-256 hashes.

CREATE TABLE organisation (
    id         UUID         NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organisation_name_uk UNIQUE (name)
);

CREATE TABLE account (
    id                  UUID          NOT NULL PRIMARY KEY,
    email               VARCHAR(254)  NOT NULL,
    display_name        VARCHAR(200)  NOT NULL,
    password_hash       VARCHAR(200),
    language            VARCHAR(8)    NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    platform_admin      BOOLEAN       NOT NULL,
    totp_secret         VARCHAR(64),
    totp_enabled        BOOLEAN       NOT NULL,
    totp_last_step      BIGINT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_email_uk UNIQUE (email)
);

CREATE TABLE membership (
    account_id      UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    organisation_id UUID        NOT NULL REFERENCES organisation (id),
    role            VARCHAR(40) NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, organisation_id, role)
);

CREATE TABLE access_token (
    id           UUID         NOT NULL PRIMARY KEY,
    account_id   UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT access_token_hash_uk UNIQUE (token_hash)
);

-- One-time links sent by mail: email verification, password reset, invitation, first-admin setup.
CREATE TABLE one_time_link (
    token_hash      CHAR(64)     NOT NULL PRIMARY KEY,
    purpose         VARCHAR(20)  NOT NULL,
    account_id      UUID         REFERENCES account (id) ON DELETE CASCADE,
    email           VARCHAR(254),
    organisation_id UUID         REFERENCES organisation (id),
    role            VARCHAR(40),
    created_by      UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE
);

-- Failed logins counted per account (by the email typed, whether or not it exists) and per address.
CREATE TABLE login_throttle (
    throttle_key VARCHAR(300) NOT NULL PRIMARY KEY,
    attempts     INTEGER      NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE audit_event (
    id              UUID         NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        UUID,
    actor           VARCHAR(254),
    action          VARCHAR(60)  NOT NULL,
    target          VARCHAR(300),
    organisation_id UUID,
    remote_address  VARCHAR(64),
    detail          VARCHAR(1000)
);

CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);
CREATE INDEX audit_event_organisation_ix ON audit_event (organisation_id, occurred_at);
