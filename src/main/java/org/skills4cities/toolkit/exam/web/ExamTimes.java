package org.skills4cities.toolkit.exam.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.skills4cities.toolkit.explorer.Page;

/**
 * Times as the exam pages write them: the date in the page's language, the time on the 24-hour clock and always the
 * offset from UTC it is in, since the start and end of one session can differ in offset ({@code 25 Oct 2026, 03:00
 * (UTC+03:00)}).
 */
public final class ExamTimes {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private ExamTimes() {}

    public static String of(Page page, ZonedDateTime time) {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(page.language().locale())
                .format(time);
        return page.t("exam.time", date, CLOCK.format(time), offset(time.getOffset()));
    }

    public static String of(Page page, Instant instant, ZoneId zone) {
        return of(page, instant.atZone(zone));
    }

    /** A message's arguments with every zoned time written as {@link #of(Page, ZonedDateTime)} does. */
    static Object[] arguments(Page page, List<Object> arguments) {
        return arguments.stream()
                .map(a -> a instanceof ZonedDateTime time ? of(page, time) : a)
                .toArray();
    }

    /** An offset as {@code +03:00}, UTC itself as {@code +00:00}. */
    static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }
}
