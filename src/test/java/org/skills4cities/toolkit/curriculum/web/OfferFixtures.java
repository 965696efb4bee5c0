package org.skills4cities.toolkit.curriculum.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Training providers with their people, and course offers as a provider would fill them in, for the offer tests. */
final class OfferFixtures {

    /** The small curricula package of the tests (units A-U1, A-U2 and B-U1), in place of the real one. */
    static final String CURRICULA = "toolkit.curricula.location=classpath:curricula-fixture/";

    /** A course title in Greek, with a number of its own so that tests sharing the database tell theirs apart. */
    static String greekTitle() {
        return "Διακυβέρνηση δεδομένων για στελέχη δήμων «έξυπνη πόλη» αρ. " + (100_000 + RANDOM.nextInt(900_000));
    }

    private static final java.util.Random RANDOM = new java.util.Random();

    /** The providers the tests made, whose offers {@link #removeOffers} takes away again. */
    private static final java.util.Set<UUID> PROVIDERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private OfferFixtures() {}

    /** A training provider with one admin and one trainer, set up by a new platform admin. */
    record Provider(Organisation organisation, Account admin, Account trainer, Account platformAdmin) {

        UUID id() {
            return organisation.id();
        }

        static Provider create(Accounts accounts, Passwords passwords, Organisations organisations) {
            Account platformAdmin = TestAccounts.active(accounts, passwords, "Platform admin", true);
            Organisation provider = organisations.create(
                    platformAdmin, "Provider " + UUID.randomUUID(), OrganisationKind.TRAINING_PROVIDER);
            Account admin = TestAccounts.active(accounts, passwords, "Provider admin");
            organisations.grant(platformAdmin, provider.id(), admin.id(), Role.TRAINING_PROVIDER_ADMIN);
            Account trainer = TestAccounts.active(accounts, passwords, "Trainer");
            organisations.grant(platformAdmin, provider.id(), trainer.id(), Role.TRAINER);
            PROVIDERS.add(provider.id());
            return new Provider(provider, admin, trainer, platformAdmin);
        }
    }

    /** A valid offer, in Greek, taught in Thessaloniki from in a month for five days, for unit A-U1. */
    static Map<String, Object> offer(String title) {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("title", title);
        offer.put("startsOn", start.toString());
        offer.put("endsOn", start.plusDays(4).toString());
        offer.put("place", "Θεσσαλονίκη");
        offer.put("online", false);
        offer.put("language", "el");
        offer.put("price", "250.00");
        offer.put("currency", "EUR");
        offer.put("link", "https://training.example.org/courses/" + UUID.randomUUID());
        offer.put("units", List.of("A-U1"));
        return offer;
    }

    /**
     * Takes away every offer of the providers the tests made: the test database is shared by all test classes, and
     * other pages' tests (the localized pages) expect no offer in test data on the public pages.
     */
    static void removeOffers(JdbcClient jdbc) {
        PROVIDERS.forEach(id -> jdbc.sql("DELETE FROM course_offer WHERE organisation_id = ?")
                .param(id)
                .update());
        PROVIDERS.clear();
    }

    /** A signed-in person for a page request. */
    static RequestPostProcessor as(Account account) {
        return SecurityMockMvcRequestPostProcessors.user(account.email())
                .authorities(new SimpleGrantedAuthority("SIGNED_IN"));
    }
}
