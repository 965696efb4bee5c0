package org.skills4cities.toolkit.certification.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.certification.Certificate;
import org.skills4cities.toolkit.certification.CertificateEvent;
import org.skills4cities.toolkit.certification.CertificateRefused;
import org.skills4cities.toolkit.certification.CertificateStatus;
import org.skills4cities.toolkit.certification.Certificates;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.springframework.stereotype.Component;

/**
 * Certificates as the pages show them, in the reader's language: the role's and competences' titles from the framework
 * version the certificate was issued under, dates in the issuer's time zone with the zone named, the status (an
 * active certificate past its end reads as expired), the history.
 */
@Component
public class CertificateTexts {

    private final FrameworkCatalogue catalogue;
    private final Clock clock;

    CertificateTexts(FrameworkCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** A certificate in a list or at the top of its page. */
    public record Row(
            String id,
            String holder,
            String role,
            String body,
            String issuedOn,
            String validUntil,
            String zone,
            String status,
            String statusText,
            @Nullable String reason,
            boolean listed) {}

    /** A competence the certificate attests. */
    public record Competence(String code, String title, int level) {}

    /** One line of the history. */
    public record Line(
            String when, String zone, String what, @Nullable String reason) {}

    List<Row> rows(List<Certificate> certificates, Page page) {
        return certificates.stream().map(c -> row(c, page)).toList();
    }

    Row row(Certificate c, Page page) {
        String status = c.status() == CertificateStatus.ACTIVE && c.expiredAt(clock.instant())
                ? "expired"
                : c.status().code();
        return new Row(
                c.id(),
                c.holderName(),
                roleTitle(c, page),
                c.bodyName(),
                date(c.issuedAt(), c.zone(), page),
                date(c.validUntil(), c.zone(), page),
                c.zone().getId(),
                status,
                page.t("certificate.status." + status),
                c.statusReason(),
                c.listed());
    }

    String roleTitle(Certificate c, Page page) {
        return framework(c)
                .flatMap(f -> f.role(c.roleCode()))
                .map(r -> page.text(r.title()).text())
                .orElse(c.roleCode());
    }

    List<Competence> competences(Certificate c, Page page) {
        Optional<Framework> framework = framework(c);
        return c.competences().stream()
                .map(a -> new Competence(
                        a.competence(),
                        framework
                                .flatMap(f -> f.competence(a.competence()))
                                .map(FrameworkItem::title)
                                .map(t -> page.text(t).text())
                                .orElse(a.competence()),
                        a.level()))
                .toList();
    }

    List<Line> history(List<CertificateEvent> events, Page page, ZoneId zone) {
        return events.stream()
                .map(e -> new Line(
                        time(e.at(), zone, page),
                        zone.getId(),
                        page.t(
                                "certificate.event." + e.kind().code(),
                                e.cpdHours() == null ? 0 : e.cpdHours(),
                                e.validUntil() == null ? "" : date(e.validUntil(), zone, page)),
                        e.reason()))
                .toList();
    }

    /** A finished exam session on the body's page. */
    public record Session(String id, String role, String ended, String zone, int due) {}

    List<Session> sessions(List<Certificates.SessionDue> sessions, Page page) {
        return sessions.stream()
                .map(s -> new Session(
                        s.session().id().toString(),
                        catalogue
                                .find(s.session().frameworkSlug())
                                .flatMap(f -> f.role(s.session().roleCode()))
                                .map(r -> page.text(r.title()).text())
                                .orElse(s.session().roleCode()),
                        time(s.session().endsAt(), s.session().zone(), page),
                        s.session().zone().getId(),
                        s.due()))
                .toList();
    }

    /** Why a step was refused: the field, and the reason with a status or date in the reader's words. */
    String refusal(Page page, CertificateRefused e) {
        Object[] arguments = e.arguments().stream()
                .map(a -> switch (a) {
                    case CertificateStatus status -> page.t("certificate.status." + status.code());
                    case LocalDate date -> page.date(date);
                    default -> a;
                })
                .toArray();
        return page.t("certificate.field." + e.field()) + ": " + page.t(e.messageKey(), arguments);
    }

    private Optional<Framework> framework(Certificate c) {
        return catalogue.find(c.framework().slug(), c.framework().version());
    }

    static String date(Instant instant, ZoneId zone, Page page) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(page.language().locale())
                .format(instant.atZone(zone));
    }

    static String time(Instant instant, ZoneId zone, Page page) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(page.language().locale())
                .format(instant.atZone(zone));
    }
}
