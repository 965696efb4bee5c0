package org.skills4cities.toolkit.curriculum.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.curriculum.CourseOffer;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.skills4cities.toolkit.curriculum.OfferForm;
import org.skills4cities.toolkit.curriculum.OfferNotFound;
import org.skills4cities.toolkit.curriculum.web.OfferAccess.Managed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A training provider's course offers over the API, for its admins and platform admins (Bearer token): every offer,
 * publishing one (400 naming every problem of it) and withdrawing one. Any other caller gets 404.
 */
@RestController
@RequestMapping("/api/v1/organisations/{id}/offers")
@Tag(name = "Course offers")
class OfferApi {

    private final CourseOffers offers;
    private final OfferAccess access;

    OfferApi(CourseOffers offers, OfferAccess access) {
        this.offers = offers;
        this.access = access;
    }

    /** An offer as sent: dates as {@code 2026-09-14}, the price as a number or a text, units by code. */
    record OfferRequest(
            @Nullable String title,
            @Nullable String startsOn,
            @Nullable String endsOn,
            @Nullable String place,
            @Nullable Boolean online,
            @Nullable String language,
            @Nullable String price,
            @Nullable String currency,
            @Nullable String link,
            @Nullable List<@Nullable String> units) {

        OfferForm form() {
            return new OfferForm(
                    text(title),
                    text(startsOn),
                    text(endsOn),
                    text(place),
                    Boolean.TRUE.equals(online),
                    text(language),
                    text(price),
                    text(currency),
                    text(link),
                    units == null
                            ? List.of()
                            : units.stream().filter(Objects::nonNull).toList());
        }

        private static String text(@Nullable String value) {
            return value == null ? "" : value;
        }
    }

    @GetMapping
    @Operation(summary = "Every course offer of the training provider, withdrawn and ended ones included")
    List<CourseOffer> list(@PathVariable String id, Principal principal) {
        return offers.ofProvider(access.provider(principal, id).id());
    }

    @GetMapping("/{offer}")
    @Operation(summary = "One course offer of the training provider")
    CourseOffer get(@PathVariable String id, @PathVariable String offer, Principal principal) {
        Managed managed = access.provider(principal, id);
        return offers.find(managed.id(), OfferAccess.uuid(offer))
                .orElseThrow(() -> new OfferNotFound("offer " + offer));
    }

    @PostMapping
    @Operation(summary = "Publish a course offer for units of the curricula")
    ResponseEntity<CourseOffer> publish(@PathVariable String id, @RequestBody OfferRequest body, Principal principal) {
        Managed managed = access.provider(principal, id);
        CourseOffer published = offers.publish(managed.id(), managed.actor(), body.form());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + managed.id() + "/offers/" + published.id()))
                .body(published);
    }

    @PostMapping("/{offer}/withdraw")
    @Operation(summary = "Withdraw a course offer; one withdrawn already stays as it was")
    CourseOffer withdraw(@PathVariable String id, @PathVariable String offer, Principal principal) {
        Managed managed = access.provider(principal, id);
        return offers.withdraw(managed.id(), OfferAccess.uuid(offer), managed.actor());
    }
}
