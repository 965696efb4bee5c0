package org.skills4cities.toolkit.curriculum;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.curriculum.InvalidOffer.Problem;
import org.skills4cities.toolkit.language.Language;

/**
 * Checks a course offer as typed and gives it back with its values in their stored form, or throws {@link InvalidOffer}
 * listing every problem. A price may be written with a decimal comma; a currency in small letters; line breaks in a
 * title or place become spaces.
 */
final class OfferChecks {

    static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 200;
    static final int MAX_LINK = 2000;
    static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1_000_000);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,12})?");
    private static final int MAX_SHOWN = 60;

    private final List<Problem> problems = new ArrayList<>();

    private OfferChecks() {}

    /**
     * The offer in its stored form, when the form names only units among {@code units} and ends no earlier than today.
     */
    static Checked check(OfferForm form, Set<String> units, LocalDate today) {
        OfferChecks checks = new OfferChecks();
        String title = checks.title(form.title());
        LocalDate startsOn = checks.date("startsOn", form.startsOn());
        LocalDate endsOn = checks.date("endsOn", form.endsOn());
        checks.period(startsOn, endsOn, today);
        String place = checks.place(form.place(), form.online());
        String language = checks.language(form.language());
        BigDecimal price = checks.price(form.price());
        String currency = checks.currency(form.currency());
        String link = checks.link(form.link());
        List<String> chosen = checks.units(form.units(), units);
        if (!checks.problems.isEmpty()) {
            throw new InvalidOffer(checks.problems);
        }
        return new Checked(title, startsOn, endsOn, place, form.online(), language, price, currency, link, chosen);
    }

    /** An offer that passed every check. */
    record Checked(
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable String place,
            boolean online,
            String language,
            BigDecimal price,
            String currency,
            String link,
            List<String> units) {}

    private String title(String given) {
        String title = oneLine(given);
        if (title.isEmpty()) {
            problem("title", "required");
        } else if (title.length() > MAX_TITLE) {
            problem("title", "tooLong", MAX_TITLE);
        }
        return title;
    }

    private LocalDate date(String field, String given) {
        String text = given.strip();
        if (text.isEmpty()) {
            problem(field, "required");
            return LocalDate.MIN;
        }
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // a date such as 2026-02-30: refused below like any other text that is not a date
        }
        problem(field, "invalid", shown(text));
        return LocalDate.MIN;
    }

    private void period(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (endsOn.equals(LocalDate.MIN)) {
            return;
        }
        if (!startsOn.equals(LocalDate.MIN) && endsOn.isBefore(startsOn)) {
            problem("endsOn", "beforeStart");
        } else if (endsOn.isBefore(today)) {
            problem("endsOn", "past");
        }
    }

    private @Nullable String place(String given, boolean online) {
        String place = oneLine(given);
        if (place.length() > MAX_PLACE) {
            problem("place", "tooLong", MAX_PLACE);
        } else if (place.isEmpty() && !online) {
            problem("place", "missing");
        }
        return place.isEmpty() ? null : place;
    }

    private String language(String given) {
        return Language.ofCode(given).map(Language::code).orElseGet(() -> {
            problem("language", "unknown");
            return given;
        });
    }

    private BigDecimal price(String given) {
        String text = given.strip();
        if (text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        if (text.isEmpty()) {
            problem("price", "required");
            return BigDecimal.ZERO;
        }
        if (text.startsWith("-") && AMOUNT.matcher(text.substring(1)).matches()) {
            problem("price", "negative");
            return BigDecimal.ZERO;
        }
        if (!AMOUNT.matcher(text).matches()) {
            problem("price", "invalid", shown(given.strip()));
            return BigDecimal.ZERO;
        }
        BigDecimal price = new BigDecimal(text).stripTrailingZeros();
        if (price.scale() > 2) {
            problem("price", "decimals");
            return BigDecimal.ZERO;
        }
        if (price.compareTo(MAX_PRICE) > 0) {
            problem("price", "tooHigh", MAX_PRICE);
        }
        return price.setScale(2);
    }

    private String currency(String given) {
        String code = given.strip().toUpperCase(Locale.ROOT);
        if (!ISO_4217.matcher(code).matches() || !isMoney(code)) {
            problem("currency", "unknown", shown(given.strip()));
        }
        return code;
    }

    /** A currency of ISO 4217 that is money: not gold, a test code or "no currency", which have no minor unit. */
    private static boolean isMoney(String code) {
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String link(String given) {
        String link = given.strip();
        if (link.isEmpty()) {
            problem("link", "required");
        } else if (link.length() > MAX_LINK) {
            problem("link", "tooLong", MAX_LINK);
        } else if (!isWebAddress(link)) {
            problem("link", "invalid");
        }
        return link;
    }

    /** An absolute http or https address with a host: nothing a browser would run or open elsewhere. */
    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private List<String> units(List<String> given, Set<String> known) {
        Set<String> chosen = new LinkedHashSet<>();
        given.stream().map(String::strip).filter(u -> !u.isEmpty()).forEach(chosen::add);
        if (chosen.isEmpty()) {
            problem("units", "required");
        }
        List<String> unknown =
                chosen.stream().filter(u -> !known.contains(u)).limit(10).toList();
        if (!unknown.isEmpty()) {
            problem("units", "unknown", shown(String.join(", ", unknown)));
        }
        return List.copyOf(chosen);
    }

    /** A text on one line: line breaks, tabs and other control characters (which PostgreSQL refuses) as spaces. */
    private static String oneLine(String text) {
        return CONTROL.matcher(text).replaceAll(" ").strip();
    }

    private void problem(String field, String code, Object... arguments) {
        problems.add(Problem.of(field, code, arguments));
    }

    /** A value as a message may show it back: at most a line's worth. */
    private static String shown(String value) {
        return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN) + "…";
    }
}
