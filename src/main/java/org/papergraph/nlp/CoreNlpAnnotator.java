package org.papergraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The CoreNLP-backed annotator. Loading the tagger takes seconds: build one per process and share it
 * across threads (StanfordCoreNLP's annotate is thread-safe for these annotators).
 */
public final class CoreNlpAnnotator implements TextAnnotator {

    private final StanfordCoreNLP rawPipeline;
    private final NlpSettings settings;
    private volatile StanfordCoreNLP pretokenizedPipeline;

    public CoreNlpAnnotator(NlpSettings settings) {
        this.settings = settings;
        this.rawPipeline = new StanfordCoreNLP(settings.forRawText());
    }

    @Override
    public AnnotatedText annotate(String text) {
        Annotation annotation = new Annotation(text);
        rawPipeline.annotate(annotation);
        return convert(text, annotation);
    }

    @Override
    public AnnotatedText annotateTokens(List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        for (List<String> sentence : sentences) {
            text.append(String.join(" ", sentence)).append('\n');
        }
        Annotation annotation = new Annotation(text.toString());
        pretokenized().annotate(annotation);
        return convert(text.toString(), annotation);
    }

    private StanfordCoreNLP pretokenized() {
        StanfordCoreNLP pipeline = pretokenizedPipeline;
        if (pipeline == null) {
            synchronized (this) {
                if (pretokenizedPipeline == null) {
                    pretokenizedPipeline = new StanfordCoreNLP(settings.forPretokenized());
                }
                pipeline = pretokenizedPipeline;
            }
        }
        return pipeline;
    }

    private static AnnotatedText convert(String text, Annotation annotation) {
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(label.originalText(), label.lemma(), label.tag(),
                        label.beginPosition(), label.endPosition()));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            sentences.add(new Sentence(sentences.size(), text.substring(begin, end), begin, end, tokens));
        }
        return new AnnotatedText(text, sentences);
    }
}
