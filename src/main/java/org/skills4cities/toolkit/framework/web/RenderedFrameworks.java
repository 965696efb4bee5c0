package org.skills4cities.toolkit.framework.web;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkImported;
import org.skills4cities.toolkit.framework.web.FrameworkViews.FrameworkView;
import org.skills4cities.toolkit.language.Language;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole-framework JSON, written once per framework version and language: a stored version never changes, and
 * the answer is large enough that writing it on every request would cost more than serving it.
 */
@Component
class RenderedFrameworks {

    private final JsonMapper json;
    private final Map<Key, byte[]> rendered = new ConcurrentHashMap<>();

    RenderedFrameworks(JsonMapper json) {
        this.json = json;
    }

    byte[] framework(Framework framework, Language language) {
        return rendered.computeIfAbsent(
                new Key(framework.id(), language),
                key -> json.writeValueAsBytes(FrameworkView.of(framework, language)));
    }

    /** After the import's transaction commits (at once when there is none); the catalogue goes first. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(1)
    void on(FrameworkImported imported) {
        rendered.clear();
    }

    private record Key(UUID framework, Language language) {}
}
