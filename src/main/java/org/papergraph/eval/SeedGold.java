package org.papergraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        ObjectMapper json = new ObjectMapper();
        List<Paper> papers = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new AnnotationFormatException(file + ":" + number + ": not a JSON object (" + e.getOriginalMessage() + ")", e);
                }
                List<String> proposes = new ArrayList<>();
                node.path("proposes").forEach(p -> proposes.add(p.asText()));
                Set<String> used = new TreeSet<>();
                node.path("uses").fields().forEachRemaining(e -> {
                    if (e.getValue().asBoolean()) {
                        used.add(e.getKey());
                    }
                });
                papers.add(new Paper(node.path("file").asText(), node.path("title").asText(), proposes, used));
            }
        }
        return new SeedGold(papers);
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
