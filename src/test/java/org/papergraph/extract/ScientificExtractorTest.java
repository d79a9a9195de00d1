package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.testing.SharedModels;

/** The production extractor with the shipped models (loaded once per test JVM). */
class ScientificExtractorTest {

    private static final String TITLE = "PLATO-2: Towards Building an Open-Domain Chatbot via Curriculum Learning";
    private static final String ABSTRACT = "We present PLATO-2, a dialogue model trained via curriculum learning. "
            + "Conditional random fields are used for named entity recognition, and results are reported in F1 on the "
            + "CoNLL dataset. Unlike reinforcement learning approaches, our method needs no reward.";

    private final ScientificExtractor extractor = SharedModels.extractor();

    @Test
    void everyEvidenceSpanPointsIntoItsSection() {
        Paper paper = Paper.fromListing(TITLE, List.of(), null, null, null, new SourceLocation("test", 1), ABSTRACT);
        Extraction extraction = extractor.extract(SharedModels.paperAnnotator().annotate(paper));
        assertFalse(extraction.relations().isEmpty());
        for (Relation relation : extraction.relations()) {
            Mention m = relation.object();
            String section = m.section() == Section.TITLE ? TITLE : ABSTRACT;
            String span = section.substring(m.charStart(), m.charEnd());
            assertTrue(m.sentenceText().contains(span), () -> "evidence span '" + span + "' not in its sentence");
            if (!relation.rule().equals(FamilyUses.RULE)) {
                assertEquals(m.text(), span);
            }
        }
    }

    @Test
    void thePaperLayerKeepsProposalsAndNegation() {
        Paper paper = Paper.fromListing(TITLE, List.of(), null, null, null, new SourceLocation("test", 1), ABSTRACT);
        Extraction extraction = extractor.extract(SharedModels.paperAnnotator().annotate(paper));
        List<String> proposed = extraction.relations().stream().filter(r -> r.type() == RelationType.PROPOSES)
                .map(r -> r.object().text()).toList();
        assertTrue(proposed.contains("PLATO-2"), proposed::toString);
        List<String> used = extraction.relations().stream()
                .filter(r -> r.fromPaper() && r.type() == RelationType.USES_METHOD).map(r -> r.object().text()).toList();
        assertTrue(used.contains("curriculum learning"), used::toString);
        assertFalse(used.contains("reinforcement learning"), used::toString);
    }

    @Test
    void theEntityLayerTagsSciercTokensWithoutRetokenizing() {
        List<String> tokens = List.of("We", "use", "conditional", "random", "fields", "-LRB-", "CRFs", "-RRB-", "for",
                "named", "entity", "recognition", ".");
        AnnotatedText text = SharedModels.annotator().annotateTokens(List.of(tokens));
        List<SentenceAnalysis> analyses = extractor.analyze(text);
        assertEquals(1, analyses.size());
        assertEquals(tokens.size(), analyses.get(0).sentence().size());
        assertTrue(analyses.get(0).spans().contains(new SciSpan(9, 12, SciType.TASK)),
                () -> "no Task span 'named entity recognition' in " + analyses.get(0).spans());
    }

    @Test
    void tentativeSpansLeaveTheSureOnesAsTheyAre() {
        EntityTagger tagger = SharedModels.scientificModels().tagger();
        AnnotatedText text = SharedModels.annotator().annotate(ABSTRACT + " We train a linear-chain model on "
                + "annotated abstracts of the ACL anthology with lexical features and word clusters for keyphrase extraction.");
        int tentative = 0;
        for (org.papergraph.nlp.Sentence sentence : text.sentences()) {
            // The boundary model makes the mixed span probabilities decisive: on this text only "reward"
            // falls between 0.02 and the threshold without overlapping a sure span.
            TaggedSpans tagged = tagger.tag(sentence, 0.02);
            assertEquals(tagger.tag(sentence), tagged.sure(), "a lower floor adds spans, it changes none");
            for (SciSpan span : tagged.tentative()) {
                assertTrue(tagged.sure().stream().noneMatch(span::overlaps), span::toString);
            }
            tentative += tagged.tentative().size();
            assertEquals(List.of(), tagger.tag(sentence, 0.9).tentative(), "a floor above the threshold adds nothing");
        }
        assertTrue(tentative > 0, "some span is below the threshold at a floor of 0.02");
    }
}
