package org.skills4cities.toolkit.exam.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.skills4cities.toolkit.exam.Blueprint;
import org.skills4cities.toolkit.exam.Blueprints;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.springframework.stereotype.Component;

/**
 * The roles that have an exam, and what the exam pages name by code: a role's title and an area's in a page's language
 * (the code when the framework lacks it), the overall pass mark.
 */
@Component
public class RoleTitles {

    private final FrameworkCatalogue catalogue;
    private final Blueprints blueprints;

    RoleTitles(FrameworkCatalogue catalogue, Blueprints blueprints) {
        this.catalogue = catalogue;
        this.blueprints = blueprints;
    }

    /** A role with an exam, as the scheduling form offers it. */
    public record Choice(String code, String title, long minutes) {}

    List<Choice> choices(Page page) {
        return blueprints.all().stream()
                .map(b -> new Choice(b.roleCode(), title(page, b.frameworkSlug(), b.roleCode()), minutes(b)))
                .toList();
    }

    public String title(Page page, String frameworkSlug, String roleCode) {
        return catalogue
                .find(frameworkSlug)
                .flatMap(f -> f.role(roleCode))
                .map(RoleProfile::title)
                .map(t -> page.text(t).text())
                .orElse(roleCode);
    }

    /** A competence area's title (by its code, such as {@code A}) in the page's language, after its code. */
    public String area(Page page, String frameworkSlug, String areaCode) {
        return catalogue
                .find(frameworkSlug)
                .flatMap(f -> f.topLevel(areaCode))
                .map(FrameworkItem::title)
                .map(t -> areaCode + " " + page.text(t).text())
                .orElse(areaCode);
    }

    /** The overall pass mark of a role's exam, a percent. */
    public Optional<BigDecimal> passMark(String frameworkSlug, String roleCode) {
        return blueprints.find(frameworkSlug, roleCode).map(Blueprint::passMark);
    }

    private static long minutes(Blueprint blueprint) {
        return blueprint.duration().toMinutes();
    }
}
