package org.papergraph.eval;

import java.util.List;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.TextAnnotator;

/** Annotates a SciERC document on its own tokens, so predicted spans and gold spans count the same tokens. */
public final class SciercText {

    private SciercText() {
    }

    public static AnnotatedText annotate(TextAnnotator annotator, SciercDocument document) {
        AnnotatedText text = annotator.annotateTokens(document.sentences());
        List<Sentence> sentences = text.sentences();
        boolean aligned = sentences.size() == document.sentences().size();
        for (int i = 0; aligned && i < sentences.size(); i++) {
            aligned = sentences.get(i).size() == document.sentences().get(i).size();
        }
        if (!aligned) {
            throw new IllegalStateException("document " + document.key() + ": the annotator changed the given tokens");
        }
        return text;
    }
}
