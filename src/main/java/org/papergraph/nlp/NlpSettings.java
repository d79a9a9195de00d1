package org.papergraph.nlp;

import java.util.Properties;

/**
 * The one typed place for CoreNLP configuration. Hyphenated words stay whole ("GPT-4",
 * "state-of-the-art"), as in SciERC, and only the annotators the extractor needs run.
 */
public record NlpSettings(boolean splitHyphenated, String posModel) {

    public static final NlpSettings DEFAULT =
            new NlpSettings(false, "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");

    public Properties forRawText() {
        Properties props = common();
        props.setProperty("tokenize.options", "splitHyphenated=" + splitHyphenated + ",invertible=true");
        return props;
    }

    Properties forPretokenized() {
        Properties props = common();
        props.setProperty("tokenize.whitespace", "true");
        props.setProperty("ssplit.eolonly", "true");
        return props;
    }

    private Properties common() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("pos.model", posModel);
        props.setProperty("tokenize.language", "en");
        return props;
    }
}
