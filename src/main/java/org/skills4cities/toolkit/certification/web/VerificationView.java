package org.skills4cities.toolkit.certification.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.credential.Check;
import org.skills4cities.toolkit.credential.CredentialSummary;
import org.skills4cities.toolkit.credential.Outcome;
import org.skills4cities.toolkit.credential.Verification;
import org.skills4cities.toolkit.language.Language;
import org.springframework.web.util.HtmlUtils;

/**
 * A verification as a page and the API show it, in the reader's language: the one status, each check with its result
 * and explanation, and only what the public may see of the credential (holder, achievement, issuer, dates).
 */
public record VerificationView(
        String status,
        String statusText,
        List<CheckLine> checks,
        @Nullable Summary summary) {

    /** One check: its kind, result, and why, in the reader's language. */
    public record CheckLine(
            String kind,
            String kindText,
            String result,
            String resultText,
            String explanation,
            String explanationHtml) {}

    /** What the public may see of the credential. */
    public record Summary(
            @Nullable String holder,
            @Nullable String achievement,
            @Nullable String issuer,
            @Nullable String validFrom,
            @Nullable String validUntil,
            @Nullable String zone,
            @Nullable String issuerId,
            @Nullable String validFromInstant,
            @Nullable String validUntilInstant) {}

    /** Interface texts in the reader's language: a page's {@code t}, or the message source for the API. */
    interface Texts {
        String t(String key, Object... arguments);
    }

    /** The same verification with the achievement named in the reader's language (for a certificate of ours). */
    VerificationView withAchievement(String achievement) {
        return summary == null
                ? this
                : new VerificationView(
                        status,
                        statusText,
                        checks,
                        new Summary(
                                summary.holder(),
                                achievement,
                                summary.issuer(),
                                summary.validFrom(),
                                summary.validUntil(),
                                summary.zone(),
                                summary.issuerId(),
                                summary.validFromInstant(),
                                summary.validUntilInstant()));
    }

    static VerificationView of(Verification verification, Language language, Texts page, @Nullable ZoneId zone) {
        String status = code(verification.outcome().name());
        List<CheckLine> checks =
                verification.checks().stream().map(c -> line(c, page)).toList();
        // what an invalid credential says of itself is not shown as if it were so
        CredentialSummary s = verification.outcome() == Outcome.INVALID ? null : verification.summary();
        Summary summary = s == null
                ? null
                : new Summary(
                        s.holderName(),
                        s.achievementName(),
                        s.issuerName(),
                        date(s.validFrom(), language, zone),
                        date(s.validUntil(), language, zone),
                        s.validFrom() == null && s.validUntil() == null
                                ? null
                                : zoneOf(zone).getId(),
                        s.issuerId(),
                        s.validFrom() == null ? null : s.validFrom().toString(),
                        s.validUntil() == null ? null : s.validUntil().toString());
        return new VerificationView(status, page.t("verify.status." + status), checks, summary);
    }

    private static CheckLine line(Check check, Texts page) {
        String kind = code(check.kind().name());
        String result = code(check.result().name());
        return new CheckLine(
                kind,
                page.t("verify.check." + kind),
                result,
                page.t("verify.result." + result),
                page.t(check.messageKey(), check.arguments().toArray()),
                page.t(
                        check.messageKey(),
                        check.arguments().stream()
                                .map(a -> "<code>" + HtmlUtils.htmlEscape(a) + "</code>")
                                .toArray()));
    }

    private static @Nullable String date(@Nullable Instant instant, Language language, @Nullable ZoneId zone) {
        if (instant == null) {
            return null;
        }
        ZonedDateTime at = instant.atZone(zoneOf(zone));
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(at);
    }

    private static ZoneId zoneOf(@Nullable ZoneId zone) {
        return zone == null ? ZoneId.of("UTC") : zone;
    }

    private static String code(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
