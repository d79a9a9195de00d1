package org.papergraph.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N distinct, realistic abstracts as an arXiv metadata snapshot (JSON lines), streamed, so N
 * is bounded by disk only. Each abstract opens with an opening sentence of a sample abstract and
 * goes on with sentences drawn from all of them; each title joins the head of one sample title to
 * the tail of another. The same seed gives the same file.
 */
final class CorpusGenerator {

    private static final String[] CATEGORIES = {"cs.LG", "cs.CL", "cs.CV", "cs.AI", "cs.RO", "stat.ML"};
    private static final String[] SURNAMES = {"Imai", "Chen", "Garcia", "Müller", "Okafor", "Singh", "Kowalski",
            "Nakamura", "Rossi", "Haddad", "Larsen", "Silva", "Novak", "Ivanova", "Park", "Dubois"};
    private static final String[] INITIALS = {"A.", "B.", "C.", "D.", "E.", "J.", "K.", "L.", "M.", "S."};

    private final SentencePool pool;
    private final long seed;

    CorpusGenerator(SentencePool pool, long seed) {
        this.pool = pool;
        this.seed = seed;
    }

    /** Writes n records to the file; returns the number of characters of abstract text written. */
    long write(long n, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long chars = 0;
        JsonFactory json = new JsonFactory();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < n; i++) {
                Random random = new Random(seed * 1_000_003L + i);
                String abstractText = abstractText(random);
                chars += abstractText.length();
                writeRecord(json, out, i, title(i, random), abstractText, random);
            }
        }
        return chars;
    }

    private String abstractText(Random random) {
        StringBuilder text = new StringBuilder(pick(pool.openings(), random));
        int more = 4 + random.nextInt(5);
        for (int k = 0; k < more; k++) {
            text.append(' ').append(pick(pool.sentences(), random));
        }
        return text.toString();
    }

    /**
     * Distinct for every i (the build merges papers with equal titles): the pair of sample titles is
     * a function of i, and a part number tells apart the rounds once all pairs are used.
     */
    private String title(long i, Random random) {
        List<String> titles = pool.titles();
        long pairs = (long) titles.size() * titles.size();
        String head = head(titles.get((int) (i % titles.size())));
        String tail = tail(titles.get((int) ((i / titles.size()) % titles.size())));
        long round = i / pairs;
        return head + ": " + tail + (round == 0 ? "" : " (Part " + (round + 1) + ")");
    }

    private static String head(String title) {
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon).strip() : title;
    }

    private static String tail(String title) {
        int colon = title.indexOf(':');
        return colon > 0 && colon < title.length() - 1 ? title.substring(colon + 1).strip() : title;
    }

    private void writeRecord(JsonFactory json, Writer out, long i, String title, String abstractText, Random random)
            throws IOException {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("id", String.format(Locale.ROOT, "%04d.%05d", 2601 + i / 100_000, i % 100_000));
            g.writeStringField("title", title);
            g.writeFieldName("authors_parsed");
            g.writeStartArray();
            int authors = 1 + random.nextInt(4);
            for (int a = 0; a < authors; a++) {
                g.writeStartArray();
                g.writeString(SURNAMES[random.nextInt(SURNAMES.length)]);
                g.writeString(INITIALS[random.nextInt(INITIALS.length)]);
                g.writeString("");
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeStringField("categories", CATEGORIES[random.nextInt(CATEGORIES.length)]);
            g.writeStringField("abstract", abstractText);
            g.writeStringField("update_date", String.format(Locale.ROOT, "2026-01-%02d", 1 + random.nextInt(28)));
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static String pick(List<String> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
