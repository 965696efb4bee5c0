package org.skills4cities.toolkit.accreditation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality criteria, read from {@code toolkit.accreditation.criteria} (format {@code skills4cities-criteria/1},
 * described in {@code docs/accreditation.md}) and checked when the application starts: a file with a problem stops the
 * start with a message naming the JSON pointer of the value at fault.
 */
@Component
public class Criteria {

    static final String FORMAT = "skills4cities-criteria/1";
    private static final int MAX_TEXT = 2000;

    private final List<Criterion> all;

    Criteria(@Value("${toolkit.accreditation.criteria:classpath:accreditation/criteria.json}") Resource file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            this.all = read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.getDescription());
        }
    }

    /** The criteria for a subject, in the file's order. */
    public List<Criterion> of(Subject subject) {
        return all.stream().filter(c -> c.subject() == subject).toList();
    }

    public Optional<Criterion> find(String code) {
        return all.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Reads and checks a criteria file; {@code source} names it in the message of a problem. */
    static List<Criterion> read(String text, String source) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(text);
        } catch (JacksonException malformed) {
            throw new InvalidCriteria(source, "/", malformed.getOriginalMessage());
        }
        if (!FORMAT.equals(root.path("format").asString(""))) {
            throw new InvalidCriteria(source, "/format", "must be " + FORMAT);
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Subject subject : Subject.values()) {
            String at = "/" + subject.code();
            JsonNode list = root.path(subject.code());
            if (!list.isArray() || list.isEmpty()) {
                throw new InvalidCriteria(source, at, "must list the criteria for " + subject.code());
            }
            for (int i = 0; i < list.size(); i++) {
                String pointer = at + "/" + i;
                JsonNode node = list.get(i);
                String code = node.path("code").asString("").strip();
                if (!code.matches("[A-Z]{2,4}-[0-9]{1,2}")) {
                    throw new InvalidCriteria(source, pointer + "/code", "must be a code such as TO-1");
                }
                if (!codes.add(code)) {
                    throw new InvalidCriteria(source, pointer + "/code", "repeats the code " + code);
                }
                criteria.add(new Criterion(
                        code,
                        subject,
                        texts(node, pointer, "title", source),
                        texts(node, pointer, "description", source),
                        texts(node, pointer, "evidence", source)));
            }
        }
        return List.copyOf(criteria);
    }

    private static Map<Language, String> texts(JsonNode node, String pointer, String field, String source) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String at = pointer + "/" + field + "/" + language.code();
            JsonNode value = node.path(field).path(language.code());
            if (!value.isString() || value.asString().isBlank()) {
                throw new InvalidCriteria(source, at, "must be a text in " + language.code());
            }
            if (value.asString().length() > MAX_TEXT) {
                throw new InvalidCriteria(source, at, "is longer than " + MAX_TEXT + " characters");
            }
            texts.put(language, value.asString().strip());
        }
        return texts;
    }

    /** A criteria file that cannot be used: where and why. */
    static final class InvalidCriteria extends IllegalStateException {

        InvalidCriteria(String source, String pointer, String why) {
            super("Accreditation criteria " + source + " at " + pointer + ": " + why);
        }
    }
}
