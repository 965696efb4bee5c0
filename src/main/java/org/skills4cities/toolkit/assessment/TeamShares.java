package org.skills4cities.toolkit.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.skills4cities.toolkit.account.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's choice to show an assessment to one of their organisations, and to withdraw it. The organisation sees,
 * of each member, the newest assessment against a framework they share with it, and only while they are still a
 * member.
 */
@Service
public class TeamShares {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;

    TeamShares(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A member of the team and the assessment they share. */
    public record Shared(UUID account, String name, UUID assessment) {}

    /**
     * Shares the owner's assessment with an organisation they belong to.
     *
     * @return false when the owner is not a member of that organisation (nothing is shared)
     */
    @Transactional
    public boolean share(Assessment assessment, UUID organisation) {
        if (assessment.owner() == null || !isMember(assessment.owner(), organisation)) {
            return false;
        }
        jdbc.sql("DELETE FROM assessment_share WHERE assessment_id = ? AND organisation_id = ?")
                .params(assessment.id(), organisation)
                .update();
        jdbc.sql("INSERT INTO assessment_share (assessment_id, organisation_id, shared_at) VALUES (?, ?, ?)")
                .params(assessment.id(), organisation, Timestamp.from(clock.instant()))
                .update();
        return true;
    }

    @Transactional
    public void withdraw(Assessment assessment, UUID organisation) {
        jdbc.sql("DELETE FROM assessment_share WHERE assessment_id = ? AND organisation_id = ?")
                .params(assessment.id(), organisation)
                .update();
    }

    /** The organisations this assessment is shared with. */
    public List<UUID> sharedWith(UUID assessment) {
        return jdbc.sql("SELECT organisation_id FROM assessment_share WHERE assessment_id = ?")
                .param(assessment)
                .query(UUID.class)
                .list();
    }

    /**
     * Of every current member who shares an assessment against the framework with the organisation, the newest one,
     * by name. One shared later against another framework (the city's adaptation, say) does not hide it.
     */
    public List<Shared> team(UUID organisation, String framework) {
        return jdbc.sql("""
                        SELECT a.account_id, acc.display_name, a.id
                        FROM assessment_share s
                        JOIN assessment a ON a.id = s.assessment_id
                        JOIN account acc ON acc.id = a.account_id
                        WHERE s.organisation_id = ?
                          AND a.framework_slug = ?
                          AND EXISTS (SELECT 1 FROM membership m
                                      WHERE m.account_id = a.account_id AND m.organisation_id = s.organisation_id)
                          AND NOT EXISTS (SELECT 1 FROM assessment_share s2 JOIN assessment b ON b.id = s2.assessment_id
                                          WHERE s2.organisation_id = s.organisation_id
                                            AND b.account_id = a.account_id
                                            AND b.framework_slug = a.framework_slug
                                            AND (b.created_at > a.created_at
                                                 OR (b.created_at = a.created_at AND b.id > a.id)))
                        ORDER BY acc.display_name, a.account_id""")
                .params(organisation, framework)
                .query((rs, n) -> new Shared(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
    }

    private boolean isMember(UUID account, UUID organisation) {
        return accounts.memberships(account).stream()
                .anyMatch(m -> m.organisationId().equals(organisation));
    }
}
