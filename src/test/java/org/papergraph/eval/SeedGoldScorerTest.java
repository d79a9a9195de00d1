package org.papergraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pins the seed-gold scorer: families with too few gold papers are skipped; proposals match label or alias. */
class SeedGoldScorerTest {

    private final SeedGold gold = new SeedGold(List.of(
            new SeedGold.Paper("f", "Paper A", List.of("PLATO-2"), Set.of("curriculum_learning", "gan")),
            new SeedGold.Paper("f", "Paper B", List.of("Contrastive Preference Learning", "CPL"), Set.of("curriculum_learning")),
            new SeedGold.Paper("f", "Paper C", List.of(), Set.of("curriculum_learning")),
            new SeedGold.Paper("f", "Paper D", List.of(), Set.of())));

    @Test
    void familiesAreScoredOnAnnotatedPapersOnly() {
        Map<String, List<String>> answers = Map.of("curriculum learning", List.of("paper  a", "Paper B", "Paper D", "Not annotated"));
        SeedGoldScorer.Result result = new SeedGoldScorer(gold).score(name -> answers.getOrDefault(name, List.of()), List.of());
        assertEquals(Set.of("curriculum_learning"), result.families().keySet());
        assertEquals(new Prf(2, 1, 1), result.families().get("curriculum_learning"));
    }

    @Test
    void aProposalIsRightByLabelOrAliasAndOneConceptCanCoverTwoGoldNames() {
        List<SeedGoldScorer.ProposedRow> rows = List.of(
                new SeedGoldScorer.ProposedRow("Paper A", "plato-2", Set.of()),
                new SeedGoldScorer.ProposedRow("Paper A", "open-domain chatbot", Set.of()),
                new SeedGoldScorer.ProposedRow("Paper B", "contrastive preference learning", Set.of("CPL")));
        ProposalScore score = new SeedGoldScorer(gold).score(name -> List.of(), rows).proposes();
        assertEquals(new ProposalScore(2, 3, 3, 3), score);
        assertEquals(2.0 / 3, score.precision(), 1e-9);
        assertEquals(1.0, score.recall(), 1e-9);
    }
}
