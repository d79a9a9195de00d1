package org.papergraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as precise as the source gives it. Listings such as "Apr 1" carry no year, and
 * tables and BibTeX often give only a year: what is unknown stays unknown (0 for month or day, null
 * for the year) rather than being guessed.
 */
public record PublicationDate(Integer year, int month, int day) {

    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?$");
    private static final Pattern MONTH_DAY = Pattern.compile("^--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$");
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?(?:[T\\s].*)?$");

    public PublicationDate {
        boolean partial = year != null && (month == 0 && day == 0 || month >= 1 && month <= 12 && day == 0);
        if (!partial && (month < 1 || month > 12 || day < 1 || day > 31)) {
            throw new IllegalArgumentException("not a date: year " + year + ", month " + month + ", day " + day);
        }
    }

    public static PublicationDate ofYear(int year) {
        return new PublicationDate(year, 0, 0);
    }

    public static PublicationDate of(int year, int month, int day) {
        return new PublicationDate(year, month, day);
    }

    public boolean hasYear() {
        return year != null;
    }

    /** Parses "Apr 1", "Sep 3, 2024" (English month abbreviations, as listing pages print them). */
    public static Optional<PublicationDate> parseMonthDay(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = monthNumber(m.group(1)).orElseThrow();
        int day = Integer.parseInt(m.group(2));
        Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (day > 31) {
            return Optional.empty();
        }
        return Optional.of(new PublicationDate(year, month, day));
    }

    /**
     * Parses the dates that feeds and tables carry: "2021", "2021-03", "2021-03-05", "2021/3/5", "--04-01",
     * "2021-01-01T18:59:59Z", and RFC 1123 as in the arXiv snapshot's versions ("Mon, 2 Apr 2007 19:18:42 GMT").
     */
    public static Optional<PublicationDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher monthDay = MONTH_DAY.matcher(t);
        if (monthDay.matches()) {
            return Optional.of(new PublicationDate(null, Integer.parseInt(monthDay.group(1)), Integer.parseInt(monthDay.group(2))));
        }
        Matcher iso = ISO_PREFIX.matcher(t);
        if (iso.matches()) {
            int year = Integer.parseInt(iso.group(1));
            int month = iso.group(2) == null ? 0 : Integer.parseInt(iso.group(2));
            int day = iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3));
            return valid(year, month, day);
        }
        try {
            LocalDate date = ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            return Optional.of(of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
        } catch (DateTimeParseException e) {
            return parseMonthDay(t);
        }
    }

    /** A BibTeX year and month field ("2021", "mar" or "3"); empty when the year is not a year. */
    public static Optional<PublicationDate> fromYearMonth(String year, String month) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int y = Integer.parseInt(year.strip());
        int m = 0;
        if (month != null && !month.isBlank()) {
            String mm = month.strip();
            m = mm.matches("\\d{1,2}") ? Integer.parseInt(mm) : monthNumber(mm.length() >= 3 ? mm.substring(0, 3) : mm).orElse(0);
        }
        return valid(y, m, 0);
    }

    private static Optional<PublicationDate> valid(int year, int month, int day) {
        if (month < 0 || month > 12 || day < 0 || day > 31 || month == 0 && day > 0) {
            return Optional.empty();
        }
        if (month > 0 && day > 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new PublicationDate(year, month, day));
    }

    private static Optional<Integer> monthNumber(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(abbreviation)) {
                return Optional.of(month.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The earlier of two dates of the same paper. A date with a year beats one without; within the
     * same year or month the more precise date is kept, since it refines rather than contradicts.
     */
    public static PublicationDate earliest(PublicationDate a, PublicationDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.hasYear() != b.hasYear()) {
            return a.hasYear() ? a : b;
        }
        int byYear = a.hasYear() ? Integer.compare(a.year, b.year) : 0;
        if (byYear != 0) {
            return byYear < 0 ? a : b;
        }
        if (a.month == 0 || b.month == 0) {
            return a.month == 0 ? b : a;
        }
        if (a.month != b.month) {
            return a.month < b.month ? a : b;
        }
        if (a.day == 0 || b.day == 0) {
            return a.day == 0 ? b : a;
        }
        return a.day <= b.day ? a : b;
    }

    /** True when this date is known to be later than the other (both need a year). */
    public boolean isAfter(PublicationDate other) {
        if (other == null) {
            return true;
        }
        if (!hasYear() || !other.hasYear()) {
            return false;
        }
        int c = Integer.compare(year, other.year);
        c = c != 0 ? c : Integer.compare(month, other.month);
        c = c != 0 ? c : Integer.compare(day, other.day);
        return c > 0;
    }

    /** ISO form: 2024-09-03, 2024-09 (xsd:gYearMonth), 2024 (xsd:gYear), or --04-01 (xsd:gMonthDay) without a year. */
    public String iso() {
        if (!hasYear()) {
            return String.format(Locale.ROOT, "--%02d-%02d", month, day);
        }
        if (month == 0) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        if (day == 0) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
