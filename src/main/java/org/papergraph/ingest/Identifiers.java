package org.papergraph.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * External identifiers in one canonical spelling, so the same paper matches across sources:
 * "arXiv:2101.00001" (version dropped: v1 and v2 are one paper) and "doi:10.1145/..." (lower case).
 */
public final class Identifiers {

    public static final String ARXIV = "arXiv:";
    public static final String DOI = "doi:";

    /** New-style ids (0704.0001, 2101.00001) and old-style ones (hep-th/9901001, math.GT/0309136), with an optional version. */
    private static final Pattern ARXIV_ID = Pattern.compile(
            "(?:^|[/:\\s])(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(v\\d+)?(?:\\.pdf)?/?$");
    private static final Pattern DOI_ID = Pattern.compile("(10\\.\\d{4,9}/\\S+)");

    private Identifiers() {
    }

    /** "https://arxiv.org/abs/2101.00001v2", "arXiv:2101.00001", "2101.00001" → "arXiv:2101.00001". */
    public static Optional<String> arxiv(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.contains("://") && !text.toLowerCase(Locale.ROOT).contains("arxiv")) {
            // Only arXiv's own links name an arXiv paper; "example.org/paper/1234567" must not look like one.
            return Optional.empty();
        }
        Matcher m = ARXIV_ID.matcher(" " + text);
        if (!m.find()) {
            return Optional.empty();
        }
        String id = m.group(1);
        // The subject class in old-style ids (math.GT/0309136) is not part of the identifier.
        int slash = id.indexOf('/');
        int dot = id.indexOf('.');
        if (slash > 0 && dot > 0 && dot < slash) {
            id = id.substring(0, dot) + id.substring(slash);
        }
        return Optional.of(ARXIV + id);
    }

    /** The version of an arXiv id ("2101.00001v3" → 3), 0 when it has none. */
    public static int arxivVersion(String raw) {
        Matcher m = Pattern.compile("v(\\d+)(?:\\.pdf)?/?$").matcher(raw == null ? "" : raw.strip());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** "https://doi.org/10.1145/ABC", "doi:10.1145/abc", "10.1145/abc" → "doi:10.1145/abc". */
    public static Optional<String> doi(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Matcher m = DOI_ID.matcher(raw.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String doi = m.group(1).replaceAll("[.,;]+$", "");
        return Optional.of(DOI + doi.toLowerCase(Locale.ROOT));
    }

    /** Whatever a free-form id column holds: an arXiv id, a DOI, or nothing we know. */
    public static Optional<String> any(String raw) {
        Optional<String> doi = doi(raw);
        return doi.isPresent() ? doi : arxiv(raw);
    }
}
