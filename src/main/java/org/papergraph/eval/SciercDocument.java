package org.papergraph.eval;

import java.util.List;

/**
 * One SciERC abstract in DyGIE form: pre-tokenized sentences, and entities and relations whose token
 * offsets count from the start of the document and include their last token.
 */
public record SciercDocument(String key, List<List<String>> sentences, List<GoldEntity> entities,
                             List<GoldRelation> relations) {

    public SciercDocument {
        sentences = sentences.stream().map(List::copyOf).toList();
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    /** An entity: document-level token offsets, both inclusive, its sentence and type label. */
    public record GoldEntity(int sentence, int start, int end, String type) {
    }

    /** A relation between two spans of one sentence (document-level inclusive offsets). */
    public record GoldRelation(int sentence, int headStart, int headEnd, int tailStart, int tailEnd, String type) {
    }

    /** Document offset of each sentence's first token. */
    public int[] sentenceStarts() {
        int[] starts = new int[sentences.size()];
        int offset = 0;
        for (int i = 0; i < sentences.size(); i++) {
            starts[i] = offset;
            offset += sentences.get(i).size();
        }
        return starts;
    }
}
