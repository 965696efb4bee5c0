package org.skills4cities.toolkit.accreditation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Membership;
import org.skills4cities.toolkit.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accreditations decided: the public registries of training organisations and trainers, the current
 * accreditation of a provider (which course offers link to), and withdrawal by the body that decided it.
 */
@Service
public class Accreditations {

    private final ApplicationRecords records;
    private final Applications applications;
    private final AuditLog audit;

    Accreditations(ApplicationRecords records, Applications applications, AuditLog audit) {
        this.records = records;
        this.applications = applications;
        this.audit = audit;
    }

    /** The training organisation's accreditation valid today, if it holds one. */
    public Optional<Accreditation> currentFor(UUID organisation) {
        LocalDate today = applications.today();
        return records.accreditationsOf(Subject.TRAINING_ORGANISATION, organisation).stream()
                .filter(a -> a.validOn(today))
                .findFirst();
    }

    /** The registry: one entry per organisation or trainer ever accredited, matching the query, by name. */
    public List<RegistryEntry> registry(Subject subject, @Nullable String query) {
        Map<UUID, List<Accreditation>> byHolder = new LinkedHashMap<>();
        for (Accreditation a : records.accreditations(subject)) {
            byHolder.computeIfAbsent(a.holder(), h -> new ArrayList<>()).add(a);
        }
        LocalDate today = applications.today();
        return byHolder.values().stream()
                .map(held -> entry(held, today))
                .filter(e -> query == null
                        || query.isBlank()
                        || Names.matches(e.name(), query)
                        || Names.matches(e.organisation(), query))
                .sorted((x, y) -> Names.folded(x.name()).compareTo(Names.folded(y.name())))
                .toList();
    }

    /** The registry entry of an organisation or trainer, with every accreditation it held. */
    public Optional<RegistryEntry> entry(Subject subject, UUID holder) {
        List<Accreditation> held = records.accreditationsOf(subject, holder);
        return held.isEmpty() ? Optional.empty() : Optional.of(entry(held, applications.today()));
    }

    private static RegistryEntry entry(List<Accreditation> newestFirst, LocalDate today) {
        Set<UUID> renewed = new HashSet<>();
        for (Accreditation a : newestFirst) {
            if (a.renews() != null && !a.withdrawn()) {
                renewed.add(a.renews());
            }
        }
        List<RegistryEntry.Held> history = newestFirst.stream()
                .map(a -> new RegistryEntry.Held(a, a.standing(today, renewed.contains(a.id()))))
                .toList();
        Accreditation latest = newestFirst.getFirst();
        return new RegistryEntry(
                latest.holder(),
                latest.subject(),
                latest.name(),
                latest.organisation(),
                latest,
                history.getFirst().standing(),
                history);
    }

    /** The accreditations decided by the bodies the account is an assessor of, newest first. */
    public List<Accreditation> ofBodies(Account assessor) {
        return records.accreditationsBy(applications.assessorOf(assessor).stream()
                .map(Membership::organisationId)
                .toList());
    }

    /**
     * Withdraws an accreditation, effective at once, with the reason; only an assessor of the body that decided it.
     * It stays in the registry's history as withdrawn.
     */
    @Transactional
    public Accreditation withdraw(Account actor, UUID id, String reason) {
        String text = Applications.required("reason", reason);
        Accreditation accreditation = records.accreditation(id)
                .filter(a -> applications.assessorOf(actor).stream()
                        .anyMatch(m -> m.organisationId().equals(a.bodyId())))
                .orElseThrow(() -> new NotFound(id.toString()));
        if (!records.withdraw(id, text)) {
            throw new Refused("alreadyWithdrawn");
        }
        audit.record(
                actor.id(),
                actor.email(),
                "accreditation.withdraw",
                "accreditation " + id,
                accreditation.bodyId(),
                accreditation.name() + ": " + text);
        return records.accreditation(id).orElseThrow();
    }
}
