package org.papergraph.extract;

import java.util.List;
import java.util.Map;
import org.papergraph.ingest.Paper;

/**
 * What an extractor found in one paper.
 *
 * @param acronyms acronyms the paper defines, mapped to the mention of their long form
 */
public record Extraction(Paper paper, List<Mention> mentions, List<Relation> relations, Map<String, Mention> acronyms) {

    public Extraction {
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        acronyms = Map.copyOf(acronyms);
    }
}
