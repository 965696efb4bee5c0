package org.skills4cities.toolkit.exam;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What sessions take from the item bank and the blueprints: a role's blueprint, and the bank a body's forms use. */
@Component
class ExamContent {

    private final Blueprints blueprints;
    private final ItemBank bank;

    ExamContent(Blueprints blueprints, ItemBank bank) {
        this.blueprints = blueprints;
        this.bank = bank;
    }

    List<Blueprint> blueprints() {
        return blueprints.all();
    }

    /** The blueprint of a role by its code, whatever the framework (role codes of the exams do not repeat). */
    Optional<Blueprint> blueprint(String roleCode) {
        return blueprints.all().stream()
                .filter(b -> b.roleCode().equals(roleCode))
                .findFirst();
    }

    Optional<Blueprint> blueprint(String frameworkSlug, String roleCode) {
        return blueprints.find(frameworkSlug, roleCode);
    }

    /** The questions a body's forms are drawn from: its own bank, or the reference bank. */
    List<ExamItem> bank(UUID organisationId) {
        return bank.of(organisationId);
    }
}
