package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.Sentence;

class RelationFeaturesTest {

    private static final Sentence SENTENCE = Sentences.of("We/PRP apply/VBP a/DT neural/JJ tagger/NN that/WDT improves/VBZ"
            + " pre-trained/VBN CRF/NN models/NNS for/IN named/JJ entity/NN recognition/NN ./.");
    private static final SciSpan TAGGER = new SciSpan(2, 5, SciType.METHOD);
    private static final SciSpan CRF_MODELS = new SciSpan(7, 10, SciType.METHOD);
    private static final SciSpan NER = new SciSpan(11, 14, SciType.TASK);
    private static final List<SciSpan> ALL = List.of(TAGGER, CRF_MODELS, NER);

    @Test
    void describeTheArgumentsTheirOrderAndWhatLiesBetween() {
        List<String> f = RelationFeatures.of(SENTENCE, TAGGER, NER, ALL);
        assertTrue(f.containsAll(List.of("types=Method>Task:fwd", "hw=tagger", "tw=recognition", "hf=a", "tf=named",
                "hlen=3", "tlen=3", "mentionsBetween=1", "dist=4-6", "before2=we_apply", "after2=</s>")), f.toString());
        assertTrue(f.contains("types|verb=Method>Task:fwd|improves"), "a verb between the arguments");
        assertFalse(f.stream().anyMatch(x -> x.endsWith("|pre-trained") && x.startsWith("types|verb")),
                "a verb inside another mention is that mention's word, not the link between the arguments");
    }

    @Test
    void theOtherOrderIsAnotherExample() {
        List<String> f = RelationFeatures.of(SENTENCE, NER, TAGGER, ALL);
        assertTrue(f.containsAll(List.of("types=Task>Method:bwd", "hf=named", "tf=a", "types|verb=Task>Method:bwd|improves")),
                f.toString());
    }

    @Test
    void theWordsBetweenAlsoSayWhichWayThePairIsReadWhateverTheArgumentTypes() {
        SciSpan crf = new SciSpan(8, 9, SciType.METHOD);
        List<String> forward = RelationFeatures.of(SENTENCE, crf, NER, List.of(crf, NER));
        assertTrue(forward.containsAll(List.of("dir|first=fwd|models", "dir|last=fwd|for", "dir|bw=fwd|for",
                "dir|bb=fwd|models_for", "dir|bwords=fwd|models for")), forward.toString());
        List<String> backward = RelationFeatures.of(SENTENCE, NER, crf, List.of(crf, NER));
        assertTrue(backward.containsAll(List.of("dir|first=bwd|models", "dir|bw=bwd|for", "dir|bwords=bwd|models for")),
                backward.toString());
        assertFalse(backward.stream().anyMatch(x -> x.startsWith("dir|") && x.contains("fwd")), backward.toString());
        List<String> acrossAVerb = RelationFeatures.of(SENTENCE, NER, TAGGER, ALL);
        assertTrue(acrossAVerb.contains("dir|verb=bwd|improves"), acrossAVerb.toString());
    }

    @Test
    void adjacentArgumentsHaveNothingBetween() {
        SciSpan models = new SciSpan(9, 10, SciType.METHOD);
        SciSpan crf = new SciSpan(8, 9, SciType.METHOD);
        List<String> f = RelationFeatures.of(SENTENCE, crf, models, List.of(crf, models));
        assertTrue(f.containsAll(List.of("adjacent", "before2=improves_pre-trained", "after2=for_named")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("types|verb")), f.toString());
    }
}
