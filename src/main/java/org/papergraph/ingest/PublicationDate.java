package org.papergraph.ingest;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as precise as the source gives it. Listings such as "Apr 1" carry no year:
 * the year stays empty rather than being guessed.
 */
public record PublicationDate(Integer year, int month, int day) {

    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?$");

    public PublicationDate {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("not a date: month " + month + ", day " + day);
        }
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
        int month = monthNumber(m.group(1));
        int day = Integer.parseInt(m.group(2));
        Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (day > 31) {
            return Optional.empty();
        }
        return Optional.of(new PublicationDate(year, month, day));
    }

    private static int monthNumber(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(abbreviation)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("unknown month " + abbreviation);
    }

    /** ISO form: 2024-09-03, or --04-01 (xsd:gMonthDay) when the year is unknown. */
    public String iso() {
        return hasYear()
                ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day)
                : String.format(Locale.ROOT, "--%02d-%02d", month, day);
    }
}
