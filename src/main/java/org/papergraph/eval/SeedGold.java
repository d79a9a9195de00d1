package org.papergraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reference annotation of the sample corpus: per paper, what it proposes and which method
 * families it uses. Families are keyed as in the file (curriculum_learning, gan, ...).
 */
public record SeedGold(List<Paper> papers) {

    public SeedGold {
        papers = List.copyOf(papers);
    }

    public record Paper(String file, String title, List<String> proposes, Set<String> usedFamilies) {
        public Paper {
            proposes = List.copyOf(proposes);
            usedFamilies = Set.copyOf(usedFamilies);
        }
    }

    public static SeedGold read(Path file) throws IOException {
        return new SeedGold(JsonLines.read(file, "a JSON object", SeedGold::paper));
    }

    private static Paper paper(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected {\"file\", \"title\", \"proposes\", \"uses\"}");
        }
        List<String> proposes = new ArrayList<>();
        node.path("proposes").forEach(p -> proposes.add(p.asText()));
        Set<String> used = new TreeSet<>();
        node.path("uses").fields().forEachRemaining(e -> {
            if (e.getValue().asBoolean()) {
                used.add(e.getKey());
            }
        });
        return new Paper(node.path("file").asText(), node.path("title").asText(), proposes, used);
    }

    /** Family key to the papers (by title) that use it. */
    public Map<String, Set<String>> papersByFamily() {
        Map<String, Set<String>> byFamily = new TreeMap<>();
        for (Paper paper : papers) {
            for (String family : paper.usedFamilies()) {
                byFamily.computeIfAbsent(family, f -> new TreeSet<>()).add(TitleKey.of(paper.title()));
            }
        }
        return byFamily;
    }
}
