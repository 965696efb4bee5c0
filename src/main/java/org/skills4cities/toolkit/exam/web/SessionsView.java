package org.skills4cities.toolkit.exam.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.exam.ExamSession;
import org.skills4cities.toolkit.exam.SessionForm;

/**
 * What a certification body's sessions page shows: its sessions; the form to schedule another with what was typed,
 * the problems of each field in the page's language, and, when the local time happens twice, the two offsets to
 * choose from; the roles with an exam and the time zones to pick from.
 */
public record SessionsView(
        Organisation body,
        List<ExamSession> sessions,
        List<RoleTitles.Choice> roles,
        SessionForm form,
        Map<String, List<String>> errors,
        List<ZoneOffset> offsets) {

    private static final Set<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .toList());

    public SessionsView {
        sessions = List.copyOf(sessions);
        roles = List.copyOf(roles);
        errors = Map.copyOf(errors);
        offsets = List.copyOf(offsets);
    }

    public List<String> errors(String field) {
        return errors.getOrDefault(field, List.of());
    }

    public String roleTitle(String code) {
        return roles.stream()
                .filter(r -> r.code().equals(code))
                .map(RoleTitles.Choice::title)
                .findFirst()
                .orElse(code);
    }

    public Set<String> zones() {
        return ZONES;
    }

    public String offsetId(ZoneOffset offset) {
        return ExamTimes.offset(offset);
    }
}
