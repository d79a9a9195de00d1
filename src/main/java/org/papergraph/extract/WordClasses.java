package org.papergraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped word classes ({@code papergraph word-clusters}): the entity CRF stores its own copy inside
 * its model, and the relation classifier reads them from here, so that "parser" between two mentions
 * tells it what "tagger" does. Regenerating the lexicon means retraining both models.
 */
public final class WordClasses {

    public static final String RESOURCE = "/models/scierc-clusters.tsv";
    /** The class of words the lexicon does not hold. */
    static final String UNKNOWN = "?";

    private static final class Shipped {
        static final Map<String, String> CLASSES = load();
    }

    private WordClasses() {
    }

    /** The class of a word, any case; {@link #UNKNOWN} for a word the lexicon lacks. */
    public static String of(String word) {
        return Shipped.CLASSES.getOrDefault(word.toLowerCase(Locale.ROOT), UNKNOWN);
    }

    private static Map<String, String> load() {
        Map<String, String> classes = new HashMap<>();
        try (InputStream in = WordClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the word-class lexicon " + RESOURCE + " is not on the classpath;"
                        + " run papergraph word-clusters");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    classes.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word-class lexicon " + RESOURCE, e);
        }
        return classes;
    }
}
