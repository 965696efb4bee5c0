package org.skills4cities.toolkit.framework.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.LevelDescriptor;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.StatementKind;
import org.skills4cities.toolkit.language.Language;

/**
 * Applies editors' changes to a framework, giving a new framework; every change that cannot be made is a problem
 * located at {@code /edits/<n>}, and none is made then.
 */
final class FrameworkEdits {

    private static final Pattern LIST_FIELD =
            Pattern.compile("(level|knowledge|skill|attitude|task|deliverable):(\\d+)");
    private static final int MAX_TEXT = 10_000;

    private Framework framework;
    private final List<ImportProblem> problems = new ArrayList<>();

    private FrameworkEdits(Framework framework) {
        this.framework = framework;
    }

    static Framework apply(Framework framework, List<FrameworkEdit> edits) {
        FrameworkEdits run = new FrameworkEdits(framework);
        for (int i = 0; i < edits.size(); i++) {
            run.apply(edits.get(i), "/edits/" + i);
        }
        if (!run.problems.isEmpty()) {
            throw new FrameworkRejected(run.problems);
        }
        return run.framework;
    }

    private void apply(FrameworkEdit edit, String at) {
        switch (edit) {
            case FrameworkEdit.ItemText e -> {
                if (checkText(at, e.lang(), e.text())) {
                    item(at, e.item(), item -> itemText(at, item, e.field(), e.lang(), e.text()));
                }
            }
            case FrameworkEdit.RoleText e -> {
                if (checkText(at, e.lang(), e.text())) {
                    role(at, e.role(), role -> roleText(at, role, e.field(), e.lang(), e.text()));
                }
            }
            case FrameworkEdit.ItemStateChange e -> item(at, e.item(), item -> item.withState(e.state()));
            case FrameworkEdit.RoleStateChange e -> role(at, e.role(), role -> role.withState(e.state()));
            case FrameworkEdit.SetRequirement e -> requirement(at, e);
            case FrameworkEdit.AddItem e -> addItem(at, e);
            case FrameworkEdit.AddRole e -> addRole(at, e);
        }
    }

    private boolean checkText(String at, String lang, String text) {
        if (Language.ofCode(lang).isEmpty()) {
            problems.add(ImportProblem.at(at + "/lang", "invalidLanguage", lang));
            return false;
        }
        if (text.length() > MAX_TEXT) {
            problems.add(ImportProblem.at(at + "/text", "tooLong", "text", MAX_TEXT));
            return false;
        }
        return true;
    }

    private void item(String at, String code, UnaryOperator<FrameworkItem> change) {
        if (framework.item(code).isEmpty()) {
            problems.add(ImportProblem.at(at + "/item", "unknownItem", code));
            return;
        }
        framework = framework.with(map(framework.items(), code, change), framework.roles());
    }

    private static List<FrameworkItem> map(
            List<FrameworkItem> items, String code, UnaryOperator<FrameworkItem> change) {
        return items.stream()
                .map(i -> i.code().equals(code) ? change.apply(i) : i.withChildren(map(i.children(), code, change)))
                .toList();
    }

    private void role(String at, String code, UnaryOperator<RoleProfile> change) {
        if (framework.role(code).isEmpty()) {
            problems.add(ImportProblem.at(at + "/role", "unknownRole", code));
            return;
        }
        framework = framework.with(
                framework.items(),
                framework.roles().stream()
                        .map(r -> r.code().equals(code) ? change.apply(r) : r)
                        .toList());
    }

    private FrameworkItem itemText(String at, FrameworkItem item, String field, String lang, String text) {
        Matcher list = LIST_FIELD.matcher(field);
        if (field.equals("title") || field.equals("description")) {
            boolean title = field.equals("title");
            LocalizedText changed = with(title ? item.title() : item.description(), lang, text);
            return rebuild(
                    item,
                    title ? changed : item.title(),
                    title ? item.description() : changed,
                    item.levels(),
                    item.knowledge(),
                    item.skills(),
                    item.attitudes());
        }
        if (list.matches() && list.group(1).equals("level")) {
            int level = Integer.parseInt(list.group(2));
            if (framework.proficiencyLevel(level).isEmpty()) {
                problems.add(ImportProblem.at(at + "/field", "levelNotOnScale", item.code(), level));
                return item;
            }
            List<LevelDescriptor> levels = new ArrayList<>(item.levels());
            var existing = item.level(level);
            LevelDescriptor changed = new LevelDescriptor(
                    level, with(existing.map(LevelDescriptor::description).orElse(LocalizedText.EMPTY), lang, text));
            existing.ifPresentOrElse(e -> levels.set(levels.indexOf(e), changed), () -> levels.add(changed));
            levels.sort(java.util.Comparator.comparingInt(LevelDescriptor::level));
            return rebuild(
                    item, item.title(), item.description(), levels, item.knowledge(), item.skills(), item.attitudes());
        }
        if (list.matches() && !list.group(1).equals("task") && !list.group(1).equals("deliverable")) {
            StatementKind kind = StatementKind.valueOf(list.group(1).toUpperCase(java.util.Locale.ROOT));
            List<LocalizedText> statements =
                    entry(at, item.statements(kind), Integer.parseInt(list.group(2)), lang, text);
            return rebuild(
                    item,
                    item.title(),
                    item.description(),
                    item.levels(),
                    kind == StatementKind.KNOWLEDGE ? statements : item.knowledge(),
                    kind == StatementKind.SKILL ? statements : item.skills(),
                    kind == StatementKind.ATTITUDE ? statements : item.attitudes());
        }
        problems.add(ImportProblem.at(at + "/field", "unknownField", field));
        return item;
    }

    private RoleProfile roleText(String at, RoleProfile role, String field, String lang, String text) {
        Matcher list = LIST_FIELD.matcher(field);
        return switch (field) {
            case "title" ->
                new RoleProfile(
                        role.id(),
                        role.code(),
                        with(role.title(), lang, text),
                        role.mission(),
                        role.eqfLevel(),
                        role.tasks(),
                        role.deliverables(),
                        role.requirements(),
                        role.state());
            case "mission" ->
                new RoleProfile(
                        role.id(),
                        role.code(),
                        role.title(),
                        with(role.mission(), lang, text),
                        role.eqfLevel(),
                        role.tasks(),
                        role.deliverables(),
                        role.requirements(),
                        role.state());
            default -> {
                if (list.matches() && list.group(1).equals("task")) {
                    yield new RoleProfile(
                            role.id(),
                            role.code(),
                            role.title(),
                            role.mission(),
                            role.eqfLevel(),
                            entry(at, role.tasks(), Integer.parseInt(list.group(2)), lang, text),
                            role.deliverables(),
                            role.requirements(),
                            role.state());
                }
                if (list.matches() && list.group(1).equals("deliverable")) {
                    yield new RoleProfile(
                            role.id(),
                            role.code(),
                            role.title(),
                            role.mission(),
                            role.eqfLevel(),
                            role.tasks(),
                            entry(at, role.deliverables(), Integer.parseInt(list.group(2)), lang, text),
                            role.requirements(),
                            role.state());
                }
                problems.add(ImportProblem.at(at + "/field", "unknownField", field));
                yield role;
            }
        };
    }

    private List<LocalizedText> entry(String at, List<LocalizedText> entries, int index, String lang, String text) {
        List<LocalizedText> changed = new ArrayList<>(entries);
        if (index < entries.size()) {
            LocalizedText value = with(entries.get(index), lang, text);
            if (value.isBlank()) {
                changed.remove(index);
            } else {
                changed.set(index, value);
            }
        } else if (index == entries.size()) {
            if (!text.isBlank()) {
                changed.add(with(LocalizedText.EMPTY, lang, text));
            }
        } else {
            problems.add(ImportProblem.at(at + "/field", "listGap", index, entries.size()));
        }
        return changed;
    }

    private void requirement(String at, FrameworkEdit.SetRequirement e) {
        if (e.level() != 0) {
            if (framework.competence(e.competence()).isEmpty()) {
                problems.add(ImportProblem.at(at + "/competence", "unknownCompetence", e.competence()));
                return;
            }
            if (framework.proficiencyLevel(e.level()).isEmpty()) {
                problems.add(ImportProblem.at(at + "/level", "levelNotOnScale", e.competence(), e.level()));
                return;
            }
        }
        role(at, e.role(), role -> {
            List<Requirement> requirements = new ArrayList<>(role.requirements());
            Requirement wanted = new Requirement(e.competence(), e.level(), e.mandatory());
            var existing = role.requirement(e.competence());
            if (e.level() == 0) {
                existing.ifPresent(requirements::remove);
            } else {
                existing.ifPresentOrElse(
                        r -> requirements.set(requirements.indexOf(r), wanted), () -> requirements.add(wanted));
            }
            return role.withRequirements(requirements);
        });
    }

    private void addItem(String at, FrameworkEdit.AddItem e) {
        if (!checkText(at, e.lang(), e.title())
                || !newCode(at, e.code())
                || e.title().isBlank()) {
            if (e.title().isBlank()) {
                problems.add(ImportProblem.at(at + "/title", "blank", "title"));
            }
            return;
        }
        FrameworkItem added = new FrameworkItem(
                DerivedIdentifiers.item(framework.slug(), e.code()),
                e.code(),
                e.type().isBlank() ? "competence" : e.type(),
                with(LocalizedText.EMPTY, e.lang(), e.title()),
                LocalizedText.EMPTY,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        if (e.parent() == null || e.parent().isBlank()) {
            List<FrameworkItem> items = new ArrayList<>(framework.items());
            items.add(added);
            framework = framework.with(items, framework.roles());
        } else {
            item(at, e.parent(), parent -> {
                List<FrameworkItem> children = new ArrayList<>(parent.children());
                children.add(added);
                return parent.withChildren(children);
            });
        }
    }

    private void addRole(String at, FrameworkEdit.AddRole e) {
        if (!checkText(at, e.lang(), e.title())) {
            return;
        }
        if (framework.role(e.code()).isPresent()) {
            problems.add(ImportProblem.at(at + "/code", "duplicateRole", e.code(), "/roles/" + e.code()));
            return;
        }
        if (e.code().isBlank() || e.title().isBlank()) {
            problems.add(ImportProblem.at(
                    at + (e.code().isBlank() ? "/code" : "/title"),
                    "blank",
                    e.code().isBlank() ? "code" : "title"));
            return;
        }
        if (e.eqfLevel() < 1 || e.eqfLevel() > 8) {
            problems.add(ImportProblem.at(at + "/eqfLevel", "eqfOutOfRange", e.eqfLevel()));
            return;
        }
        List<RoleProfile> roles = new ArrayList<>(framework.roles());
        roles.add(new RoleProfile(
                DerivedIdentifiers.role(framework.slug(), e.code()),
                e.code(),
                with(LocalizedText.EMPTY, e.lang(), e.title()),
                LocalizedText.EMPTY,
                e.eqfLevel(),
                List.of(),
                List.of(),
                List.of(),
                ItemState.ACTIVE));
        framework = framework.with(framework.items(), roles);
    }

    private boolean newCode(String at, String code) {
        if (code.isBlank()) {
            problems.add(ImportProblem.at(at + "/code", "blank", "code"));
            return false;
        }
        if (framework.item(code).isPresent()) {
            problems.add(ImportProblem.at(at + "/code", "duplicateCode", code, "/items/" + code));
            return false;
        }
        return true;
    }

    private static LocalizedText with(LocalizedText text, String lang, String value) {
        Map<String, String> values = new HashMap<>(text.values());
        if (value.isBlank()) {
            values.remove(lang);
        } else {
            values.put(lang, value.strip());
        }
        return new LocalizedText(values);
    }

    private static FrameworkItem rebuild(
            FrameworkItem item,
            LocalizedText title,
            LocalizedText description,
            List<LevelDescriptor> levels,
            List<LocalizedText> knowledge,
            List<LocalizedText> skills,
            List<LocalizedText> attitudes) {
        return new FrameworkItem(
                item.id(),
                item.code(),
                item.type(),
                title,
                description,
                levels,
                knowledge,
                skills,
                attitudes,
                item.sources(),
                item.references(),
                item.children(),
                item.sourceIdentifier(),
                item.attributes(),
                item.state());
    }
}
