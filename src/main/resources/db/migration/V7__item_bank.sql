-- The item banks certification bodies import (the reference bank is a file and is not stored). A body holds at most
-- one bank, replaced whole by each import: its questions and scenario parts (exam_item, a part naming its scenario),
-- their options, and every text in one table keyed by question, field (stem, explanation, option:a) and language.

CREATE TABLE exam_bank (
    organisation_id UUID        NOT NULL PRIMARY KEY REFERENCES organisation (id),
    framework_slug  VARCHAR(80) NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by     UUID,
    question_count  INT         NOT NULL
);

CREATE TABLE exam_item (
    organisation_id UUID        NOT NULL REFERENCES exam_bank (organisation_id) ON DELETE CASCADE,
    code            VARCHAR(40) NOT NULL,
    position        INT         NOT NULL,
    scenario_code   VARCHAR(40),
    competence      VARCHAR(80) NOT NULL,
    level           INT         NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    points          INT         NOT NULL,
    PRIMARY KEY (organisation_id, code)
);

CREATE TABLE exam_option (
    organisation_id UUID        NOT NULL,
    item_code       VARCHAR(40) NOT NULL,
    id              VARCHAR(1)  NOT NULL,
    position        INT         NOT NULL,
    correct         BOOLEAN     NOT NULL,
    PRIMARY KEY (organisation_id, item_code, id),
    FOREIGN KEY (organisation_id, item_code) REFERENCES exam_item (organisation_id, code) ON DELETE CASCADE
);

CREATE TABLE exam_text (
    organisation_id UUID        NOT NULL,
    item_code       VARCHAR(40) NOT NULL,
    field           VARCHAR(20) NOT NULL,
    lang            VARCHAR(8)  NOT NULL,
    text            VARCHAR     NOT NULL,
    PRIMARY KEY (organisation_id, item_code, field, lang),
    FOREIGN KEY (organisation_id, item_code) REFERENCES exam_item (organisation_id, code) ON DELETE CASCADE
);
