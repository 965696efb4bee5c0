package org.skills4cities.toolkit.framework.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.ExternalReference;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.FrameworkSummary;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.skills4cities.toolkit.framework.ProficiencyLevel;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.Source;
import org.skills4cities.toolkit.language.Language;

/**
 * The shapes the API answers in. Texts come in the language asked for; {@code fallback} lists, as JSON pointers
 * within the object, the fields that had no text in it and show English instead, and is left out when there is none.
 */
final class FrameworkViews {

    private FrameworkViews() {}

    @JsonInclude(Include.NON_EMPTY)
    record FrameworkListEntry(String id, String title, String version, String status, List<String> fallback) {

        static FrameworkListEntry of(FrameworkSummary summary, Language language) {
            var t = new Translation(language);
            return new FrameworkListEntry(
                    summary.slug(),
                    t.text("/title", summary.title()),
                    summary.version(),
                    summary.status().code(),
                    t.fallback());
        }
    }

    @JsonInclude(Include.NON_EMPTY)
    record FrameworkView(
            String id,
            String version,
            String status,
            @Nullable FrameworkVersion basedOn,
            List<String> languages,
            String language,
            String title,
            String description,
            List<LevelView> proficiencyLevels,
            List<AreaView> areas,
            List<RoleView> roles,
            List<String> fallback) {

        static FrameworkView of(Framework framework, Language language) {
            var t = new Translation(language);
            return new FrameworkView(
                    framework.slug(),
                    framework.version(),
                    framework.status().code(),
                    framework.basedOn(),
                    framework.languages(),
                    language.code(),
                    t.text("/title", framework.title()),
                    t.text("/description", framework.description()),
                    framework.proficiencyLevels().stream()
                            .map(l -> LevelView.of(l, language))
                            .toList(),
                    framework.items().stream()
                            .filter(a -> a.state().isActive())
                            .map(a -> AreaView.of(a, language))
                            .toList(),
                    framework.roles().stream()
                            .map(r -> RoleView.of(r, language))
                            .toList(),
                    t.fallback());
        }
    }

    @JsonInclude(Include.NON_EMPTY)
    record LevelView(int level, int eqfLevel, String title, String description, List<String> fallback) {

        static LevelView of(ProficiencyLevel level, Language language) {
            var t = new Translation(language);
            return new LevelView(
                    level.level(),
                    level.eqfLevel(),
                    t.text("/title", level.title()),
                    t.text("/description", level.description()),
                    t.fallback());
        }
    }

    @JsonInclude(Include.NON_EMPTY)
    record AreaView(
            UUID id,
            String code,
            String type,
            String title,
            String description,
            List<CompetenceView> competences,
            List<String> fallback) {

        static AreaView of(FrameworkItem area, Language language) {
            var t = new Translation(language);
            return new AreaView(
                    area.id(),
                    area.code(),
                    area.type(),
                    t.text("/title", area.title()),
                    t.text("/description", area.description()),
                    area.children().stream()
                            .filter(c -> c.state().isActive())
                            .map(c -> CompetenceView.of(c, area, language, List.of()))
                            .toList(),
                    t.fallback());
        }
    }

    @JsonInclude(Include.NON_EMPTY)
    record CompetenceView(
            UUID id,
            String code,
            String type,
            String area,
            String title,
            String description,
            List<DescriptorView> levels,
            List<String> knowledge,
            List<String> skills,
            List<String> attitudes,
            List<Source> sources,
            List<ReferenceView> externalReferences,
            List<RequiredBy> requiredBy,
            List<CompetenceView> children,
            List<String> fallback) {

        static CompetenceView of(
                FrameworkItem item, FrameworkItem area, Language language, List<RequiredBy> requiredBy) {
            var t = new Translation(language);
            return new CompetenceView(
                    item.id(),
                    item.code(),
                    item.type(),
                    area.code(),
                    t.text("/title", item.title()),
                    t.text("/description", item.description()),
                    item.levels().stream()
                            .map(l -> new DescriptorView(
                                    l.level(), t.text("/levels/" + (l.level() - 1), l.description())))
                            .toList(),
                    t.texts("/knowledge", item.knowledge()),
                    t.texts("/skills", item.skills()),
                    t.texts("/attitudes", item.attitudes()),
                    item.sources(),
                    ReferenceView.of(item.references(), t),
                    requiredBy,
                    item.children().stream()
                            .filter(c -> c.state().isActive())
                            .map(c -> CompetenceView.of(c, area, language, List.of()))
                            .toList(),
                    t.fallback());
        }
    }

    record DescriptorView(int level, String description) {}

    /** An outside framework's item a competence links to, with its label in the language asked for. */
    @JsonInclude(Include.NON_NULL)
    record ReferenceView(
            String framework,
            @Nullable String code,
            @Nullable String uri,
            String title) {

        static List<ReferenceView> of(List<ExternalReference> references, Translation t) {
            List<ReferenceView> views = new ArrayList<>();
            for (int i = 0; i < references.size(); i++) {
                ExternalReference ref = references.get(i);
                views.add(new ReferenceView(
                        ref.framework(),
                        ref.code(),
                        ref.uri(),
                        t.text("/externalReferences/" + i + "/title", ref.title())));
            }
            return List.copyOf(views);
        }
    }

    record RequiredBy(String role, String title, int level, boolean mandatory) {

        static List<RequiredBy> of(Framework framework, FrameworkItem competence, Language language) {
            return framework.roles().stream()
                    .flatMap(role -> role.requirement(competence.code()).stream()
                            .map(req -> new RequiredBy(
                                    role.code(), role.title().in(language).text(), req.level(), req.mandatory())))
                    .toList();
        }
    }

    @JsonInclude(Include.NON_EMPTY)
    record RoleView(
            UUID id,
            String code,
            String title,
            String mission,
            int eqfLevel,
            List<String> tasks,
            List<String> deliverables,
            List<Requirement> requirements,
            List<String> fallback) {

        static RoleView of(RoleProfile role, Language language) {
            var t = new Translation(language);
            return new RoleView(
                    role.id(),
                    role.code(),
                    t.text("/title", role.title()),
                    t.text("/mission", role.mission()),
                    role.eqfLevel(),
                    t.texts("/tasks", role.tasks()),
                    t.texts("/deliverables", role.deliverables()),
                    role.requirements(),
                    t.fallback());
        }
    }
}
