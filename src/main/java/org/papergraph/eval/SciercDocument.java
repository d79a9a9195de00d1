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

    /** The gold mentions of sentence {@code s} as spans counted from the sentence start (unknown types left out). */
    public List<SciSpan> goldSpans(int s) {
        int offset = sentenceStarts()[s];
        List<SciSpan> spans = new ArrayList<>();
        for (GoldEntity e : entities) {
            if (e.sentence() == s) {
                SciType.fromLabel(e.type()).ifPresent(t -> spans.add(new SciSpan(e.start() - offset, e.end() - offset + 1, t)));
            }
        }
        return spans;
    }

    /** {@link #goldSpans(int)} of every sentence. */
    public List<List<SciSpan>> goldSpans() {
        List<List<SciSpan>> bySentence = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            bySentence.add(goldSpans(s));
        }
        return bySentence;
    }
}
