package org.skills4cities.toolkit.explorer;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkImported;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The main content of explorer pages, rendered once per framework version, language and address. A stored framework
 * version never changes, so neither does what a page shows of it; only the page frame (navigation, language links)
 * is rendered for every request. The cache holds a bounded number of fragments, least recently used first out.
 */
@Component
class RenderedFragments {

    private static final int CAPACITY = 2_000;

    private final TemplateEngine templates;
    private final Map<List<Object>, Fragment> fragments = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Fragment> eldest) {
            return size() > CAPACITY;
        }
    };

    RenderedFragments(TemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * The template rendered with these parameters, which must be fully determined by the framework, the page's
     * language and {@code key}.
     */
    Fragment render(String template, Framework framework, Page page, List<?> key, Map<String, Object> parameters) {
        List<Object> cacheKey = List.of(template, framework.id(), page.language(), key);
        synchronized (fragments) {
            Fragment cached = fragments.get(cacheKey);
            if (cached != null) {
                return cached;
            }
        }
        StringOutput output = new StringOutput();
        templates.render(template + ".jte", parameters, output);
        Fragment rendered = new Fragment(output.toString().getBytes(StandardCharsets.UTF_8));
        synchronized (fragments) {
            fragments.put(cacheKey, rendered);
        }
        return rendered;
    }

    /** Rendered HTML as UTF-8 bytes, written into a page as it is. */
    record Fragment(byte[] html) implements Content {

        @Override
        public void writeTo(TemplateOutput output) {
            output.writeBinaryContent(html);
        }
    }

    /** After the import's transaction commits (at once when there is none); the catalogue goes first. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(1)
    void on(FrameworkImported imported) {
        synchronized (fragments) {
            fragments.clear();
        }
    }
}
