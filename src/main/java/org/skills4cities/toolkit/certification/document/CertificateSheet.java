package org.skills4cities.toolkit.certification.document;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A certificate as its printed template reads it: the content, its labels and dates in the document's language, and
 * the QR code of its verification address.
 */
public final class CertificateSheet {

    /** Holder names longer than these are printed smaller, so that the face still holds everything. */
    static final int MEDIUM_NAME = 40;

    static final int LONG_NAME = 90;

    private final CertificateContent content;
    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter dates;

    CertificateSheet(CertificateContent content, MessageSource messages) {
        this.content = content;
        this.messages = messages;
        this.locale = content.language().locale();
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    public CertificateContent content() {
        return content;
    }

    /** The message of {@code key} in the document's language. */
    public String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The level line: "Level 3", or "EQF level 6" for a level written {@code EQF 6}; empty when there is none. */
    public String level() {
        String level = content.level();
        if (level == null) {
            return "";
        }
        var eqf = EqfLevel.of(level);
        return eqf.isPresent() ? t("certificate.pdf.eqfLevel", eqf.getAsInt()) : t("certificate.pdf.level", level);
    }

    public String issuedOn() {
        return dates.format(content.issuedOn());
    }

    public String validUntil() {
        return dates.format(content.validUntil());
    }

    /** Which time zone the dates are in, by its identifier and its name in the document's language. */
    public String zone() {
        String name = content.issuerZone().getDisplayName(TextStyle.FULL, locale);
        return t("certificate.pdf.zone", content.issuerZone().getId(), name);
    }

    /** The style of the holder's name: smaller as the name grows longer. */
    public String holderClass() {
        int length = content.holderName().length();
        return length > LONG_NAME ? "holder small" : length > MEDIUM_NAME ? "holder medium" : "holder";
    }

    /** The style of the face: tighter around a very long name. */
    public String frameClass() {
        return content.holderName().length() > LONG_NAME ? "frame compact" : "frame";
    }

    public String qrCode() {
        return QrImage.dataUri(content.verifyUrl());
    }
}
