package org.skills4cities.toolkit.authoring;

import java.util.ArrayList;
import java.util.List;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.framework.ItemState;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.Requirement;
import org.skills4cities.toolkit.framework.RoleProfile;
import org.skills4cities.toolkit.framework.importing.FrameworkEdit;
import org.skills4cities.toolkit.language.Language;
import org.springframework.util.MultiValueMap;

/**
 * The edits a submitted role form asks for: its title and mission in one language, its tasks and deliverables, whether
 * it is shown, and the level (none, or a level of the scale) and mandatory flag it requires of each competence.
 */
public final class RoleForm {

    private RoleForm() {}

    static List<FrameworkEdit> edits(
            Framework framework, RoleProfile role, Language language, MultiValueMap<String, String> form) {
        List<FrameworkEdit> edits = new ArrayList<>();
        text(edits, role, "title", role.title(), language, form);
        text(edits, role, "mission", role.mission(), language, form);
        list(edits, role, "task", role.tasks(), language, form);
        list(edits, role, "deliverable", role.deliverables(), language, form);
        String state = form.getFirst("state");
        if (state != null) {
            ItemState wanted = ItemState.ofCode(state).orElse(role.state());
            if (wanted != role.state()) {
                edits.add(new FrameworkEdit.RoleStateChange(role.code(), wanted));
            }
        }
        for (FrameworkItem competence : framework.competences()) {
            String level = form.getFirst("level:" + competence.code());
            if (level == null) {
                continue;
            }
            int wanted = level.isBlank() ? 0 : parse(level);
            boolean mandatory = form.getFirst("mandatory:" + competence.code()) != null;
            var current = role.requirement(competence.code());
            boolean same = current.map(r -> r.level() == wanted && r.mandatory() == mandatory)
                    .orElse(wanted == 0);
            if (!same) {
                edits.add(new FrameworkEdit.SetRequirement(role.code(), competence.code(), wanted, mandatory));
            }
        }
        return edits;
    }

    public static int level(RoleProfile role, String competence) {
        return role.requirement(competence).map(Requirement::level).orElse(0);
    }

    public static boolean mandatory(RoleProfile role, String competence) {
        return role.requirement(competence).map(Requirement::mandatory).orElse(false);
    }

    private static int parse(String level) {
        try {
            return Integer.parseInt(level.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void text(
            List<FrameworkEdit> edits,
            RoleProfile role,
            String field,
            LocalizedText stored,
            Language language,
            MultiValueMap<String, String> form) {
        String value = form.getFirst(field);
        if (value != null && !value.strip().equals(stored.values().getOrDefault(language.code(), ""))) {
            edits.add(new FrameworkEdit.RoleText(role.code(), field, language.code(), value));
        }
    }

    private static void list(
            List<FrameworkEdit> edits,
            RoleProfile role,
            String list,
            List<LocalizedText> stored,
            Language language,
            MultiValueMap<String, String> form) {
        for (int i = stored.size(); i >= 0; i--) {
            LocalizedText current = i < stored.size() ? stored.get(i) : LocalizedText.EMPTY;
            text(edits, role, list + ":" + i, current, language, form);
        }
    }
}
