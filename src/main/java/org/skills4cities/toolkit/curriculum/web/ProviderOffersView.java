package org.skills4cities.toolkit.curriculum.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.curriculum.CourseOffer;
import org.skills4cities.toolkit.curriculum.Curriculum;
import org.skills4cities.toolkit.curriculum.OfferForm;

/**
 * What a training provider's offers page shows: its offers, each current, ended or withdrawn; the form to publish
 * another with what was typed and the problems of each field in the page's language; the units to choose from.
 */
public record ProviderOffersView(
        Organisation provider,
        List<CourseOffer> offers,
        LocalDate today,
        OfferForm form,
        Map<String, List<String>> errors,
        List<Curriculum> curricula,
        @Nullable String notice) {

    public ProviderOffersView {
        offers = List.copyOf(offers);
        errors = Map.copyOf(errors);
        curricula = List.copyOf(curricula);
    }

    public List<String> errors(String field) {
        return errors.getOrDefault(field, List.of());
    }

    /** The key of the offer's state: {@code current}, {@code ended} or {@code withdrawn}. */
    public String status(CourseOffer offer) {
        if (offer.withdrawn()) {
            return "withdrawn";
        }
        return offer.endsOn().isBefore(today) ? "ended" : "current";
    }

    public boolean chosen(String unit) {
        return form.units().contains(unit);
    }

    public boolean noUnits() {
        return curricula.stream().allMatch(c -> c.units().findAny().isEmpty());
    }
}
