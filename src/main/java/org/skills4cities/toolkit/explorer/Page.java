package org.skills4cities.toolkit.explorer;

import java.util.List;
import java.util.function.UnaryOperator;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page template needs besides its own data: the language, interface texts and the page's own address. */
public record Page(
        Language language,
        String title,
        String path,
        String query,
        MessageSource messages,
        UnaryOperator<String> assets) {

    /** An interface text in the page's language. */
    public String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    /** A content text in the page's language, or its English fallback. */
    public LocalizedText.Localized text(LocalizedText text) {
        return text.in(language);
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    /** This page in another language. */
    public String in(Language other) {
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("lang", other.code())
                .build(true)
                .toUriString();
    }

    public Page titled(String newTitle) {
        return new Page(language, newTitle, path, query, messages, assets);
    }

    /** The address of a static file, with its content hash in the name so that browsers may keep it long. */
    public String asset(String path) {
        return assets.apply(path);
    }
}
