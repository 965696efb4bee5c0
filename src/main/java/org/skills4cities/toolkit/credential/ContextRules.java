package org.skills4cities.toolkit.credential;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The {@code @context} of a credential or presentation: the base context first, then shipped URLs or objects. */
final class ContextRules {

    static final String VC2 = "https://www.w3.org/ns/credentials/v2";
    static final String VC11 = "https://www.w3.org/2018/credentials/v1";
    static final String OB_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/";
    static final String CLR_PREFIX = "https://purl.imsglobal.org/spec/clr/v2p0/";

    private ContextRules() {}

    /** Adds the problems of the {@code @context}; true when it is usable for JSON-LD. */
    static boolean check(JsonNode document, Set<String> shipped, boolean allowVc11, Problems problems) {
        JsonNode context = document.path("@context");
        if (context.isMissingNode() || context.isNull()) {
            problems.add("/@context", "context-missing");
            return false;
        }
        List<JsonNode> entries = Problems.values(context);
        String first = entries.isEmpty() || !entries.getFirst().isString()
                ? ""
                : entries.getFirst().stringValue();
        if (!VC2.equals(first) && !(allowVc11 && VC11.equals(first))) {
            problems.add("/@context/0", "context-first", VC2);
            return false;
        }
        boolean usable = true;
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String pointer = "/@context" + (context.isArray() ? "/" + i : "");
            if (entry.isString() && !shipped.contains(entry.stringValue())) {
                problems.add(pointer, "context-unknown", entry.stringValue());
                usable = false;
            } else if (!entry.isString() && !entry.isObject()) {
                problems.add(pointer, "context-entry");
                usable = false;
            }
        }
        return usable;
    }

    /** The context URLs a document names. */
    static List<String> urls(JsonNode document) {
        return Problems.values(document.path("@context")).stream()
                .filter(JsonNode::isString)
                .map(JsonNode::stringValue)
                .toList();
    }
}
