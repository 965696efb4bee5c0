-- Exam sessions of certification bodies, the candidates' attempts and the answers saved during them.
-- Times are instants (UTC); a session also keeps the IANA time zone it was scheduled in, to show its local times.

CREATE TABLE exam_session (
    id                UUID         NOT NULL PRIMARY KEY,
    organisation_id   UUID         NOT NULL REFERENCES organisation (id),
    framework_slug    VARCHAR(80)  NOT NULL,
    role_code         VARCHAR(200) NOT NULL,
    starts_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone         VARCHAR(60)  NOT NULL,
    check_in_minutes  INTEGER      NOT NULL,
    capacity          INTEGER      NOT NULL,
    seats_taken       INTEGER      NOT NULL,
    open_registration BOOLEAN      NOT NULL,
    created_by        UUID         NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exam_session_seats_ck CHECK (seats_taken <= capacity)
);
CREATE INDEX exam_session_by_body ON exam_session (organisation_id, starts_at);
CREATE INDEX exam_session_by_end ON exam_session (ends_at);

-- A candidate's place in a session: registered, then checked in (the form drawn from the bank is kept as JSON),
-- then closed by the server at the session's end, scored from the saved answers. Nobody checked in: absent.
CREATE TABLE exam_attempt (
    id            UUID          NOT NULL PRIMARY KEY,
    session_id    UUID          NOT NULL REFERENCES exam_session (id),
    candidate_id  UUID          NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by UUID          NOT NULL,
    checked_in_at TIMESTAMP WITH TIME ZONE,
    form          VARCHAR(100000),
    last_saved_at TIMESTAMP WITH TIME ZONE,
    closed_at     TIMESTAMP WITH TIME ZONE,
    points        VARCHAR(40),
    max_points    VARCHAR(40),
    percent       DECIMAL(7,2),
    passed        BOOLEAN,
    area_scores   VARCHAR(4000),
    CONSTRAINT exam_attempt_uk UNIQUE (session_id, candidate_id)
);
CREATE INDEX exam_attempt_by_candidate ON exam_attempt (candidate_id);

-- The answer kept per question: the one with the highest sequence number the server has seen for it.
CREATE TABLE exam_answer (
    attempt_id UUID         NOT NULL REFERENCES exam_attempt (id) ON DELETE CASCADE,
    question   VARCHAR(40)  NOT NULL,
    options    VARCHAR(40)  NOT NULL,
    seq        BIGINT       NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (attempt_id, question)
);
