package org.skills4cities.toolkit.explorer;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page template needs besides its own data: the language, interface texts and the page's own address. */
public record Page(
        Language language,
        String title,
        String path,
        String query,
        MessageSource messages,
        UnaryOperator<String> assets,
        @Nullable String user,
        @Nullable CsrfToken csrf,
        ZoneId zone) {

    /** A page for someone not signed in, with no form to protect. */
    public Page(
            Language language,
            String title,
            String path,
            String query,
            MessageSource messages,
            UnaryOperator<String> assets) {
        this(language, title, path, query, messages, assets, null, null, ZoneOffset.UTC);
    }

    /** An interface text in the page's language. */
    public String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    /** A content text in the page's language, or its English fallback. */
    public LocalizedText.Localized text(LocalizedText text) {
        return text.in(language);
    }

    /** The name of a language, by its code, in the page's language. */
    public String languageName(String code) {
        return t("language." + code);
    }

    /** A date written the page language's way, such as "4 декември 2026 г." or "4 Δεκεμβρίου 2026". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(date);
    }

    /** An instant as date and time in the platform's time zone, written the page language's way. */
    public String instant(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale())
                .withZone(zone)
                .format(instant);
    }

    /** A share as a percentage written the page language's way, to one decimal. */
    public String percent(int part, int whole) {
        NumberFormat format = NumberFormat.getPercentInstance(language.locale());
        format.setMaximumFractionDigits(1);
        return format.format(whole == 0 ? 1.0 : (double) part / whole);
    }

    /**
     * The name of a framework text's field for a reader: {@code level:3} is "Level 3", {@code knowledge:0} the first
     * knowledge statement.
     */
    public String fieldName(String field) {
        int colon = field.indexOf(':');
        if (colon < 0) {
            return t("translations.field." + field);
        }
        int number = Integer.parseInt(field.substring(colon + 1));
        String kind = field.substring(0, colon);
        return t("translations.field." + kind, kind.equals("level") ? number : number + 1);
    }

    /** The name of the CSRF field every POST form carries. */
    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    /** The CSRF token for this page's forms. */
    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public boolean signedIn() {
        return user != null;
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    /** This page in another language. */
    public String in(Language other) {
        try {
            return UriComponentsBuilder.fromPath(path)
                    .query(query)
                    .replaceQueryParam("lang", other.code())
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException e) {
            // a query that is not valid URL encoding (such as %ZZ) is left out of the links to other languages
            return UriComponentsBuilder.fromPath(path)
                    .queryParam("lang", other.code())
                    .build()
                    .toUriString();
        }
    }

    /** A decimal number as the page's language writes it (1,5 in German, 1.5 in English), one or two decimals. */
    public String decimal(java.math.BigDecimal number) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }

    /** An amount of money as the page's language writes it, always with two decimals (90.00, 90,00). */
    public String amount(java.math.BigDecimal number) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }

    public Page titled(String newTitle) {
        return new Page(language, newTitle, path, query, messages, assets, user, csrf, zone);
    }

    /** The address of a static file, with its content hash in the name so that browsers may keep it long. */
    public String asset(String path) {
        return assets.apply(path);
    }
}
