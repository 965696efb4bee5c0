-- The label of an outside framework's item (an ESCO skill, a DigComp competence) is a text like any other: it moves to
-- framework_text, field 'reference:<position>' of the item, so that it can be given in every language.

INSERT INTO framework_text (framework_id, subject_id, field, lang, text)
SELECT framework_id, item_id, CONCAT('reference:', CAST(position AS VARCHAR(10))), 'en', title
FROM external_reference;

ALTER TABLE external_reference DROP COLUMN title;
