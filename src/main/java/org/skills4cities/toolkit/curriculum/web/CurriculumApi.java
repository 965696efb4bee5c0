package org.skills4cities.toolkit.curriculum.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.curriculum.CourseOffer;
import org.skills4cities.toolkit.curriculum.CourseOffers;
import org.skills4cities.toolkit.curriculum.Coverage;
import org.skills4cities.toolkit.curriculum.Curricula;
import org.skills4cities.toolkit.curriculum.Curriculum;
import org.skills4cities.toolkit.curriculum.LearningPath;
import org.skills4cities.toolkit.curriculum.LearningPaths;
import org.skills4cities.toolkit.curriculum.OfferFilter;
import org.skills4cities.toolkit.curriculum.TrainingModule;
import org.skills4cities.toolkit.curriculum.Unit;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.ItemNotFound;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.language.Language;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The curricula, role curricula, coverage check and current course offers as JSON, in the language asked for. */
@RestController
@RequestMapping("/api/v1")
class CurriculumApi {

    private final Curricula curricula;
    private final FrameworkCatalogue catalogue;
    private final CourseOffers offers;

    CurriculumApi(Curricula curricula, FrameworkCatalogue catalogue, CourseOffers offers) {
        this.curricula = curricula;
        this.catalogue = catalogue;
        this.offers = offers;
    }

    record OutcomeView(String competence, int level, String text) {}

    record UnitView(
            String code,
            String module,
            String title,
            String description,
            int hours,
            BigDecimal credits,
            List<String> prerequisites,
            List<OutcomeView> outcomes,
            String trainingMethodology,
            String evaluationMethodology,
            List<String> materials,
            String testOutline) {

        static UnitView of(Unit u, Language l) {
            return new UnitView(
                    u.code(),
                    u.module(),
                    t(u.title(), l),
                    t(u.description(), l),
                    u.hours(),
                    u.credits(),
                    u.prerequisites(),
                    u.outcomes().stream()
                            .map(o -> new OutcomeView(o.competence(), o.level(), t(o.text(), l)))
                            .toList(),
                    t(u.trainingMethodology(), l),
                    t(u.evaluationMethodology(), l),
                    u.materials().stream().map(m -> t(m, l)).toList(),
                    t(u.testOutline(), l));
        }
    }

    record ModuleView(String code, String area, String title, String description, int hours, List<UnitView> units) {}

    record CurriculumView(String framework, String language, int hours, List<ModuleView> modules) {}

    record CoverageLine(
            String competence,
            int required,
            boolean mandatory,
            boolean covered,
            @Nullable String unit,
            int highestTaught) {}

    record CoverageView(
            String role, String title, boolean full, List<CoverageLine> lines, List<CoverageLine> missing) {}

    record PathView(String role, String title, int hours, BigDecimal credits, List<Map<String, Object>> units) {}

    @GetMapping("/curricula/{framework}")
    CurriculumView curriculum(@PathVariable String framework, Language language) {
        Curriculum curriculum = curriculum(catalogue.get(framework));
        return new CurriculumView(
                framework,
                language.code(),
                curriculum.units().mapToInt(Unit::hours).sum(),
                curriculum.modules().stream().map(m -> module(m, language)).toList());
    }

    @GetMapping("/curricula/{framework}/units/{code}")
    UnitView unit(@PathVariable String framework, @PathVariable String code, Language language) {
        Curriculum curriculum = curriculum(catalogue.get(framework));
        return UnitView.of(
                curriculum
                        .unit(code)
                        .orElseThrow(() -> new org.skills4cities.toolkit.curriculum.UnitNotFound(framework, code)),
                language);
    }

    @GetMapping("/curricula/{framework}/coverage")
    List<CoverageView> coverage(@PathVariable String framework, Language language) {
        Framework chosen = catalogue.get(framework);
        Curriculum curriculum = curriculum(chosen);
        return CurriculumPages.roles(chosen).stream()
                .map(r -> coverage(Coverage.of(curriculum, chosen, r), language))
                .toList();
    }

    @GetMapping("/curricula/{framework}/roles/{code}")
    PathView role(@PathVariable String framework, @PathVariable String code, Language language) {
        Framework chosen = catalogue.get(framework);
        RoleProfile role = chosen.role(code)
                .filter(r -> r.state() == ItemState.ACTIVE)
                .orElseThrow(() -> new ItemNotFound(ItemNotFound.Kind.ROLE, framework, code));
        LearningPath path = LearningPaths.forRole(curriculum(chosen), chosen, role);
        return new PathView(
                role.code(),
                t(role.title(), language),
                path.hours(),
                path.credits(),
                path.steps().stream()
                        .map(s -> Map.<String, Object>of(
                                "code", s.unit().code(),
                                "title", t(s.unit().title(), language),
                                "hours", s.unit().hours(),
                                "closes",
                                        s.closes().stream()
                                                .map(o -> Map.of("competence", o.competence(), "level", o.level()))
                                                .toList()))
                        .toList());
    }

    /** The current offers, soonest first: only those for one unit, in one language or online when asked. */
    @GetMapping("/offers")
    List<CourseOffer> offers(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(defaultValue = "false") boolean online) {
        return offers.current(new OfferFilter(unit, language, online));
    }

    private Curriculum curriculum(Framework framework) {
        return CurriculumPages.curriculum(curricula, framework);
    }

    private static ModuleView module(TrainingModule m, Language l) {
        return new ModuleView(
                m.code(),
                m.area(),
                t(m.title(), l),
                t(m.description(), l),
                m.hours(),
                m.units().stream().map(u -> UnitView.of(u, l)).toList());
    }

    private static CoverageView coverage(Coverage c, Language l) {
        List<CoverageLine> lines = c.lines().stream()
                .map(x -> new CoverageLine(
                        x.requirement().competence(),
                        x.requirement().level(),
                        x.requirement().mandatory(),
                        x.covered(),
                        x.unit().map(Unit::code).orElse(null),
                        x.highestTaught()))
                .toList();
        return new CoverageView(
                c.role().code(),
                t(c.role().title(), l),
                c.full(),
                lines,
                lines.stream().filter(x -> x.mandatory() && !x.covered()).toList());
    }

    private static String t(LocalizedText text, Language language) {
        return text.in(language).text();
    }
}
