package org.skills4cities.toolkit.curriculum.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.skills4cities.toolkit.curriculum.Curricula;
import org.skills4cities.toolkit.curriculum.InvalidOffer;
import org.skills4cities.toolkit.curriculum.OfferForm;
import org.skills4cities.toolkit.curriculum.OfferNotFound;
import org.skills4cities.toolkit.curriculum.web.OfferAccess.Managed;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A training provider's course offers page: its admins (and platform admins) see every offer, publish new ones and
 * withdraw them. A form with problems comes back with what was typed and each problem beside its field. For anyone
 * else the page does not exist.
 */
@Controller
class OfferPages {

    private final CourseOffers offers;
    private final Curricula curricula;
    private final OfferAccess access;
    private final Pages pages;
    private final Clock clock;

    OfferPages(CourseOffers offers, Curricula curricula, OfferAccess access, Pages pages, Clock clock) {
        this.offers = offers;
        this.curricula = curricula;
        this.access = access;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/organisations/{id}/offers")
    String offers(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String done,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        Managed managed = access.provider(principal, id);
        String notice = done.equals("published") || done.equals("withdrawn") ? "offer.manage." + done : null;
        return show(page(request, managed), managed, OfferForm.blank(), Map.of(), notice, model);
    }

    @PostMapping("/organisations/{id}/offers")
    String publish(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> fields,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Managed managed = access.provider(principal, id);
        OfferForm form = form(fields);
        try {
            offers.publish(managed.id(), managed.actor(), form);
        } catch (InvalidOffer e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Page page = page(request, managed);
            Map<String, List<String>> errors = new LinkedHashMap<>();
            e.problems()
                    .forEach(p -> errors.computeIfAbsent(p.field(), f -> new ArrayList<>())
                            .add(page.t(p.messageKey(), p.arguments().toArray())));
            return show(page, managed, form, errors, null, model);
        }
        return "redirect:/organisations/" + managed.id() + "/offers?done=published#offers";
    }

    @PostMapping("/organisations/{id}/offers/{offer}/withdraw")
    String withdraw(@PathVariable String id, @PathVariable String offer, Principal principal) {
        Managed managed = access.provider(principal, id);
        offers.withdraw(managed.id(), OfferAccess.uuid(offer), managed.actor());
        return "redirect:/organisations/" + managed.id() + "/offers?done=withdrawn#offers";
    }

    @ExceptionHandler(OfferNotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }

    private Page page(HttpServletRequest request, Managed managed) {
        return pages.of(request, "offer.manage.title", managed.provider().name());
    }

    private String show(
            Page page,
            Managed managed,
            OfferForm form,
            Map<String, List<String>> errors,
            @Nullable String notice,
            Model model) {
        model.addAttribute("page", page);
        model.addAttribute(
                "view",
                new ProviderOffersView(
                        managed.provider(),
                        offers.ofProvider(managed.id()),
                        LocalDate.now(clock),
                        form,
                        errors,
                        curricula.all(),
                        notice));
        return "curricula/provider-offers";
    }

    /** The form's fields as posted; a missing field is empty, the online box is ticked when sent. */
    private static OfferForm form(MultiValueMap<String, String> fields) {
        return new OfferForm(
                field(fields, "title"),
                field(fields, "startsOn"),
                field(fields, "endsOn"),
                field(fields, "place"),
                fields.containsKey("online"),
                field(fields, "language"),
                field(fields, "price"),
                field(fields, "currency"),
                field(fields, "link"),
                fields.getOrDefault("units", List.of()));
    }

    private static String field(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value;
    }
}
