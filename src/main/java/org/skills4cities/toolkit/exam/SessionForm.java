package org.skills4cities.toolkit.exam;

/**
 * A session as typed in the scheduling form: the role's code, the local date ({@code 2026-10-25}) and time
 * ({@code 03:00}), the IANA time zone, the offset chosen when the local time happens twice ({@code +03:00}, else
 * empty), the check-in window in minutes, the seats, and whether candidates may register themselves.
 */
public record SessionForm(
        String role,
        String date,
        String time,
        String zone,
        String offset,
        String checkInMinutes,
        String capacity,
        boolean openRegistration) {}
