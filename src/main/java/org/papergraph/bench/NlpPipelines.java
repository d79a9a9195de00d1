package org.papergraph.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.NlpSettings;

/** The two CoreNLP references: the bare pass every linguistic extractor needs, and CS-KG-style OpenIE. */
final class NlpPipelines {

    /** Caps OpenIE's entailments per clause: uncapped, long scientific sentences exhaust a 10 GB heap. */
    static final int OPENIE_MAX_ENTAILMENTS = 100;

    private NlpPipelines() {
    }

    /** tokenize, ssplit, pos, lemma with papergraph's own tokenizer settings. */
    static StanfordCoreNLP bare() {
        return new StanfordCoreNLP(NlpSettings.DEFAULT.forRawText());
    }

    static StanfordCoreNLP openIe() {
        Properties props = NlpSettings.DEFAULT.forRawText();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse,natlog,openie");
        props.setProperty("openie.max_entailments_per_clause", String.valueOf(OPENIE_MAX_ENTAILMENTS));
        props.setProperty("openie.resolve_coref", "false");
        return new StanfordCoreNLP(props);
    }

    /** Annotates title and abstract, as papergraph does; returns the number of tokens. */
    static long annotate(StanfordCoreNLP pipeline, Paper paper) {
        long tokens = 0;
        for (String text : new String[] {paper.title(), paper.abstractText()}) {
            Annotation annotation = new Annotation(text);
            pipeline.annotate(annotation);
            tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }
}
