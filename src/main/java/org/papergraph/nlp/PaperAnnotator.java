package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.ingest.Paper;

/**
 * Annotates a paper's title and abstract. Titles are written in Title Case, which misleads the
 * part-of-speech tagger (every word looks like a proper noun), so a title is tagged in sentence case
 * while its tokens keep the words as written.
 */
public final class PaperAnnotator {

    private final TextAnnotator annotator;

    public PaperAnnotator(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    public AnnotatedPaper annotate(Paper paper) {
        return new AnnotatedPaper(paper, annotateTitle(paper.title()), annotator.annotate(paper.abstractText()));
    }

    AnnotatedText annotateTitle(String title) {
        AnnotatedText tagged = annotator.annotate(sentenceCase(title));
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : tagged.sentences()) {
            List<Token> tokens = s.tokens().stream()
                    .map(t -> new Token(title.substring(t.begin(), t.end()), t.lemma(), t.pos(), t.begin(), t.end()))
                    .toList();
            sentences.add(new Sentence(s.index(), title.substring(s.begin(), s.end()), s.begin(), s.end(), tokens));
        }
        return new AnnotatedText(title, sentences);
    }

    /**
     * "Towards Building an Open-Domain Chatbot" becomes "Towards building an open-domain chatbot":
     * capitalised words after the first are lowered; acronyms and coined names (PLATO-2, DexTrack) stay.
     * Only case changes, so character offsets are those of the original.
     */
    static String sentenceCase(String title) {
        StringBuilder out = new StringBuilder(title.length());
        boolean startsClause = true;
        int i = 0;
        while (i < title.length()) {
            int start = i;
            while (i < title.length() && !Character.isWhitespace(title.charAt(i))) {
                i++;
            }
            String word = title.substring(start, i);
            out.append(startsClause || WordShape.isCoinedName(word) ? word : WordShape.lowerInitials(word));
            startsClause = word.endsWith(":");
            while (i < title.length() && Character.isWhitespace(title.charAt(i))) {
                out.append(title.charAt(i));
                i++;
            }
        }
        return out.toString();
    }


}
