package org.papergraph.concepts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.papergraph.extract.ConceptClass;

/**
 * The curated vocabulary (data/vocabulary/concepts.tsv, on the classpath as /vocabulary/concepts.tsv):
 * well-known concepts with their class, aliases and broader concept. It seeds linking ("RL" is
 * reinforcement learning even where a paper does not define it) and the hierarchy; concepts not in
 * it are still found by the extractor.
 */
public final class Vocabulary {

    public static final String RESOURCE = "/vocabulary/concepts.tsv";

    private final Map<String, VocabularyEntry> byKey;
    private final Map<String, VocabularyEntry> byAnyKey;

    private Vocabulary(List<VocabularyEntry> entries) {
        this.byKey = new LinkedHashMap<>();
        this.byAnyKey = new HashMap<>();
        for (VocabularyEntry entry : entries) {
            byKey.put(entry.key(), entry);
        }
        for (VocabularyEntry entry : entries) {
            byAnyKey.put(entry.key(), entry);
            for (String alias : entry.aliases()) {
                byAnyKey.putIfAbsent(Labels.key(alias), entry);
            }
        }
    }

    public static Vocabulary empty() {
        return new Vocabulary(List.of());
    }

    public static Vocabulary of(List<VocabularyEntry> entries) {
        return new Vocabulary(entries);
    }

    /** The shipped vocabulary. */
    public static Vocabulary standard() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return empty();
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the TSV: class, label, aliases (|-separated), broader label; '#' starts a comment line. */
    static Vocabulary parse(BufferedReader reader, String source) throws IOException {
        List<VocabularyEntry> entries = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#") || lineNumber == 1 && line.startsWith("class\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 2) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": expected class<TAB>label<TAB>aliases<TAB>broader");
            }
            ConceptClass type = ConceptClass.valueOf(cells[0].strip().toUpperCase(Locale.ROOT));
            List<String> aliases = cells.length > 2 && !cells[2].isBlank()
                    ? Arrays.stream(cells[2].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList()
                    : List.of();
            String broader = cells.length > 3 && !cells[3].isBlank() ? cells[3].strip() : null;
            entries.add(new VocabularyEntry(type, cells[1].strip(), aliases, broader));
        }
        return new Vocabulary(entries);
    }

    /** The entry whose label or alias has this key. */
    public Optional<VocabularyEntry> find(String key) {
        return Optional.ofNullable(byAnyKey.get(key));
    }

    /** The entry with this canonical key. */
    public Optional<VocabularyEntry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<VocabularyEntry> entries() {
        return byKey.values();
    }
}
