package org.papergraph.eval;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.extract.SciSpan;
import org.papergraph.extract.SciType;

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

    /** Per sentence, its gold mentions as spans counted from the sentence start (unknown types left out). */
    public List<List<SciSpan>> goldSpans() {
        int[] starts = sentenceStarts();
        List<List<SciSpan>> bySentence = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            bySentence.add(new ArrayList<>());
        }
        for (GoldEntity e : entities) {
            int offset = starts[e.sentence()];
            SciType.fromLabel(e.type()).ifPresent(t ->
                    bySentence.get(e.sentence()).add(new SciSpan(e.start() - offset, e.end() - offset + 1, t)));
        }
        return bySentence;
    }
}
