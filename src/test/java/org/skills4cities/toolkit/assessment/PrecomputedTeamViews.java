package org.skills4cities.toolkit.assessment;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.curriculum.Curricula;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;

/**
 * Team views for the benchmark: computed as in production, or, once switched to precomputed, answered from the views
 * computed beforehand, so that the same endpoint can be measured without the computation.
 */
public class PrecomputedTeamViews extends TeamViews {

    private final Map<String, TeamView> views = new ConcurrentHashMap<>();
    private volatile boolean precomputed;

    public PrecomputedTeamViews(
            TeamShares shares, Assessments assessments, FrameworkCatalogue catalogue, Curricula curricula) {
        super(shares, assessments, catalogue, curricula);
    }

    /** Computes the team view of an organisation against a role and keeps it. */
    public void precompute(UUID organisation, String slug, String roleCode) {
        views.put(key(organisation, slug, roleCode), super.of(organisation, slug, roleCode));
    }

    public void answerPrecomputed(boolean precomputed) {
        this.precomputed = precomputed;
    }

    @Override
    public TeamView of(UUID organisation, String slug, @Nullable String roleCode) {
        if (!precomputed) {
            return super.of(organisation, slug, roleCode);
        }
        TeamView view = views.get(key(organisation, slug, roleCode));
        if (view == null) {
            throw new IllegalStateException("No precomputed team view for " + key(organisation, slug, roleCode));
        }
        return view;
    }

    private static String key(UUID organisation, String slug, @Nullable String roleCode) {
        return organisation + " " + slug + " " + roleCode;
    }
}
