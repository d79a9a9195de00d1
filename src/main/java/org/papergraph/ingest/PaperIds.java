package org.papergraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable paper identifiers: the same title, however it is cased, spaced or punctuated, gives the same id. */
public final class PaperIds {

    private PaperIds() {
    }

    /** Lower case, Unicode-compatibility folded, with every run of non-letters/digits collapsed to one space. */
    public static String normalizeTitle(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** "t" followed by 16 hex digits of the SHA-256 of the normalized title. */
    public static String fromTitle(String title) {
        return "t" + sha256Hex(normalizeTitle(title)).substring(0, 16);
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
