package org.papergraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads SciERC in DyGIE json-lines form (one document per line). */
public final class SciercReader {

    public List<SciercDocument> read(Path file) throws IOException {
        return JsonLines.read(file, "a SciERC document in DyGIE form", this::parse);
    }

    SciercDocument parse(JsonNode doc) {
        List<List<String>> sentences = new ArrayList<>();
        for (JsonNode sentence : required(doc, "sentences")) {
            List<String> tokens = new ArrayList<>();
            sentence.forEach(t -> tokens.add(t.asText()));
            sentences.add(tokens);
        }
        List<SciercDocument.GoldEntity> entities = new ArrayList<>();
        List<SciercDocument.GoldRelation> relations = new ArrayList<>();
        JsonNode ner = doc.path("ner");
        JsonNode rel = doc.path("relations");
        for (int s = 0; s < sentences.size(); s++) {
            for (JsonNode e : ner.path(s)) {
                entities.add(new SciercDocument.GoldEntity(s, e.get(0).asInt(), e.get(1).asInt(), e.get(2).asText()));
            }
            for (JsonNode r : rel.path(s)) {
                relations.add(new SciercDocument.GoldRelation(s, r.get(0).asInt(), r.get(1).asInt(), r.get(2).asInt(),
                        r.get(3).asInt(), r.get(4).asText()));
            }
        }
        return new SciercDocument(doc.path("doc_key").asText(), sentences, entities, relations);
    }

    private static JsonNode required(JsonNode doc, String field) {
        JsonNode node = doc.get(field);
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("no '" + field + "' array");
        }
        return node;
    }
}
