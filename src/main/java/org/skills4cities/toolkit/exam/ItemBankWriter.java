package org.skills4cities.toolkit.exam;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an item bank in its file format, the same for the same bank byte for byte: fields in the documented order,
 * languages in the toolkit's order, questions in bank order, two-space indentation, UTF-8, a final newline.
 */
final class ItemBankWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DefaultIndenter NEW_LINE = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(NEW_LINE)
            .withObjectIndenter(NEW_LINE);

    private ItemBankWriter() {}

    static byte[] write(String frameworkSlug, List<ExamItem> items) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", ItemBankReader.FORMAT);
        root.put("framework", frameworkSlug);
        ArrayNode list = root.putArray("items");
        items.forEach(item -> list.add(item(item)));
        String text = JSON.writer().with(LAYOUT).writeValueAsString(root);
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode item(ExamItem item) {
        ObjectNode node = JSON.createObjectNode();
        node.put("code", item.code());
        node.put("competence", item.competence());
        node.put("level", item.level());
        node.put("kind", ItemBankFormat.name(item.kind()));
        if (item.kind() == ItemKind.SCENARIO) {
            node.set("stem", text(item.stem()));
            if (!item.explanation().isBlank()) {
                node.set("explanation", text(item.explanation()));
            }
            ArrayNode parts = node.putArray("parts");
            item.parts().forEach(part -> parts.add(scored(JSON.createObjectNode(), part)));
            return node;
        }
        return scored(node, item);
    }

    private static ObjectNode scored(ObjectNode node, ExamItem question) {
        if (!node.has("code")) {
            node.put("code", question.code());
            node.put("kind", ItemBankFormat.name(question.kind()));
        }
        node.put("points", question.points());
        node.set("stem", text(question.stem()));
        ArrayNode options = node.putArray("options");
        for (ChoiceOption option : question.options()) {
            ObjectNode o = options.addObject();
            o.put("id", option.id());
            o.set("text", text(option.text()));
            o.put("correct", option.correct());
        }
        node.set("explanation", text(question.explanation()));
        return node;
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode node = JSON.createObjectNode();
        for (Language language : Language.values()) {
            String value = text.values().get(language.code());
            if (value != null) {
                node.put(language.code(), value);
            }
        }
        return node;
    }
}
