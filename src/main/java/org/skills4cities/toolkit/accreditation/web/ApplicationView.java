package org.skills4cities.toolkit.accreditation.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.skills4cities.toolkit.accreditation.Application;
import org.skills4cities.toolkit.accreditation.ApplicationFile;
import org.skills4cities.toolkit.accreditation.ApplicationFile.CriterionRating;
import org.skills4cities.toolkit.accreditation.ApplicationFile.Evidence;
import org.skills4cities.toolkit.accreditation.Criterion;
import org.skills4cities.toolkit.accreditation.Rating;
import org.skills4cities.toolkit.accreditation.Standing;
import org.skills4cities.toolkit.accreditation.Status;
import org.skills4cities.toolkit.explorer.Page;

/** An application as its page shows it to one person: what they may do now, and the texts in their language. */
public record ApplicationView(ApplicationFile file, Standing standing) {

    public Application application() {
        return file.application();
    }

    public List<Criterion> criteria() {
        return file.criteria();
    }

    public List<Rating> ratings() {
        return List.of(Rating.values());
    }

    public String statement(String criterion) {
        return file.statement(criterion).map(ApplicationFile.Statement::text).orElse("");
    }

    public List<Evidence> evidence(String criterion) {
        return file.evidence(criterion);
    }

    public Optional<CriterionRating> rating(String criterion) {
        return file.rating(criterion);
    }

    /** The applicant may write: statements and evidence, then submit. */
    public boolean writing() {
        return standing == Standing.APPLICANT && (file.status() == Status.DRAFT || file.status() == Status.RETURNED);
    }

    /** An assessor of the body may take the submitted application. */
    public boolean taking() {
        return standing.assessor() && file.status() == Status.SUBMITTED;
    }

    /** The assessor who took it reviews it: ratings, requests, decision. */
    public boolean reviewing() {
        return standing == Standing.ASSIGNED_ASSESSOR && file.status() == Status.IN_REVIEW;
    }

    /** What the person reads as the next step, as a message key. */
    public String next() {
        String who = standing == Standing.APPLICANT ? "applicant" : "assessor";
        return "accreditation.next." + who + "." + file.status().code();
    }

    /** An instant in the page's language and time zone, with the offset from UTC. */
    public static String time(Page page, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(page.language().locale())
                        .withZone(page.zone())
                        .format(instant)
                + " ("
                + DateTimeFormatter.ofPattern("O", page.language().locale())
                        .withZone(page.zone())
                        .format(instant)
                + ")";
    }
}
