package org.skills4cities.toolkit.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A text shown in English in place of the page's language is marked as English, visibly and for screen readers. */
class FallbackMarkTests {

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    @Test
    void marksEnglishStandingInForTheLanguageOfThePage() {
        String html = render(Language.BG, new LocalizedText(Map.of("en", "Publishes open data sets.")));

        assertThat(html)
                .isEqualTo("<span lang=\"en\" class=\"fallback\" title=\"Все още не е преведено: показва се на"
                        + " английски\">Publishes open data sets.</span>");
    }

    @Test
    void leavesATranslatedTextUnmarked() {
        String html = render(
                Language.EL, new LocalizedText(Map.of("en", "Open data", "el", "Ανοικτά δεδομένα <και> «άλλα»")));

        assertThat(html).isEqualTo("Ανοικτά δεδομένα &lt;και&gt; «άλλα»");
    }

    private String render(Language language, LocalizedText text) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Page page = new Page(language, "", "/", "", messages, path -> path);
        StringOutput output = new StringOutput();
        templates.render("tag/text.jte", Map.of("page", page, "text", text), output);
        return output.toString().strip();
    }
}
