package org.skills4cities.toolkit.curriculum;

import java.util.List;

/**
 * A course offer as a training provider typed it in the form or sent it to the API, before any check: texts as given
 * (dates as {@code 2026-09-14}, the price as {@code 120.50}), the units chosen by code.
 */
public record OfferForm(
        String title,
        String startsOn,
        String endsOn,
        String place,
        boolean online,
        String language,
        String price,
        String currency,
        String link,
        List<String> units) {

    public OfferForm {
        units = List.copyOf(units);
    }

    /** The empty form a provider starts from: free, in euro. */
    public static OfferForm blank() {
        return new OfferForm("", "", "", "", false, "", "0", "EUR", "", List.of());
    }
}
