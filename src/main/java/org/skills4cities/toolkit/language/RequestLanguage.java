package org.skills4cities.toolkit.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the language of an API answer: the {@code lang} parameter, else the best {@code Accept-Language} match,
 * else English. An explicit {@code lang} the toolkit does not speak is refused, not silently replaced.
 */
public final class RequestLanguage {

    private static final List<Locale> SUPPORTED =
            Arrays.stream(Language.values()).map(Language::locale).toList();

    private RequestLanguage() {}

    public static Language choose(@Nullable String lang, @Nullable String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return Language.ofCode(lang).orElseThrow(() -> new UnsupportedLanguage(lang));
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    /**
     * The language to answer in whatever the request asked for, as for a problem that must be reported in some
     * language: a {@code lang} the toolkit does not speak is passed over for {@code Accept-Language}.
     */
    public static Language lenient(@Nullable String lang, @Nullable String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            var chosen = Language.ofCode(lang);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    /** The best match of an {@code Accept-Language} header among the toolkit's languages, else English. */
    public static Language fromAcceptLanguage(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.DEFAULT;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? Language.DEFAULT : Language.of(match);
        } catch (IllegalArgumentException malformed) {
            return Language.DEFAULT;
        }
    }
}
