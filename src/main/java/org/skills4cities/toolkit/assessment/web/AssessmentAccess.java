package org.skills4cities.toolkit.assessment.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.assessment.Assessment;
import org.skills4cities.toolkit.assessment.AssessmentNotFound;
import org.skills4cities.toolkit.assessment.Assessments;
import org.springframework.stereotype.Component;

/**
 * Who may open an assessment: its owner's account; for an anonymous one, whoever gives its access token (API header
 * {@value #TOKEN_HEADER}) or a browser session that created it or came through its resume link. Anything else
 * answers "not found", the same as an assessment that does not exist.
 */
@Component
class AssessmentAccess {

    static final String TOKEN_HEADER = "X-Access-Token";
    private static final String SESSION_KEY = "s4c.assessments";

    private final Assessments assessments;
    private final Accounts accounts;

    AssessmentAccess(Assessments assessments, Accounts accounts) {
        this.assessments = assessments;
        this.accounts = accounts;
    }

    Optional<Account> account(@Nullable Principal principal) {
        return accounts.signedIn(principal);
    }

    /** The assessment for an API caller. */
    Assessment api(String id, @Nullable Principal principal, @Nullable String token) {
        Assessment assessment = find(id);
        if (owns(assessment, principal)
                || (assessment.owner() == null && token != null && assessments.opens(assessment.id(), token))) {
            return assessment;
        }
        throw new AssessmentNotFound(id);
    }

    /** The assessment for a page. */
    Assessment page(String id, @Nullable Principal principal, HttpSession session) {
        Assessment assessment = find(id);
        if (owns(assessment, principal)
                || (assessment.owner() == null && granted(session).contains(assessment.id()))) {
            return assessment;
        }
        throw new AssessmentNotFound(id);
    }

    /** Lets this browser session open an anonymous assessment from now on. */
    void grant(HttpSession session, UUID assessment) {
        Set<UUID> granted = new LinkedHashSet<>(granted(session));
        granted.add(assessment);
        session.setAttribute(SESSION_KEY, granted);
    }

    boolean owns(Assessment assessment, @Nullable Principal principal) {
        return assessment.owner() != null
                && account(principal)
                        .map(a -> a.id().equals(assessment.owner()))
                        .orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static Set<UUID> granted(HttpSession session) {
        Object value = session.getAttribute(SESSION_KEY);
        return value instanceof Set<?> set ? (Set<UUID>) set : Set.of();
    }

    private Assessment find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new AssessmentNotFound(id);
        }
        return assessments.find(uuid).orElseThrow(() -> new AssessmentNotFound(id));
    }
}
