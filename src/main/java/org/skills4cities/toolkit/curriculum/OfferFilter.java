package org.skills4cities.toolkit.curriculum;

import org.jspecify.annotations.Nullable;

/** What a visitor narrows the current offers to: one unit, one language of teaching, online courses only. */
public record OfferFilter(@Nullable String unit, @Nullable String language, boolean onlineOnly) {

    public static final OfferFilter NONE = new OfferFilter(null, null, false);

    public OfferFilter {
        unit = blankToNull(unit);
        language = blankToNull(language);
    }

    public boolean accepts(CourseOffer offer) {
        return (unit == null || offer.units().contains(unit))
                && (language == null || offer.language().equals(language))
                && (!onlineOnly || offer.online());
    }

    public boolean narrows() {
        return unit != null || language != null || onlineOnly;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
