package org.papergraph.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.papergraph.eval.SeedGold.Paper;

/**
 * Scores a built store against the seed annotation through the shipped named queries, as a user
 * would ask them. Only papers of the annotation count; other papers in the store are ignored.
 *
 * <p>Families: papers-using-method.rq with the family's name, compared with the papers whose gold
 * {@code uses} marks it. Proposals: each row of papers-proposing.rq (a proposed concept with its
 * label and aliases) is right when its label or an alias equals a gold name of that paper, case
 * aside; a gold name is found when some row of its paper has it as label or alias.
 */
public final class SeedGoldScorer {

    /** Families with fewer gold papers say too little to score. */
    public static final int MIN_GOLD_PAPERS = 3;

    /** A proposed concept as the query lists it. */
    public record ProposedRow(String title, String label, Set<String> aliases) {
    }

    public record Result(Map<String, Prf> families, ProposalScore proposes, List<String> mistakes) {
    }

    private final SeedGold gold;

    public SeedGoldScorer(SeedGold gold) {
        this.gold = gold;
    }

    /**
     * @param papersUsing given a family's query name, the titles the named query returns
     * @param proposed    the rows of papers-proposing.rq
     */
    public Result score(java.util.function.Function<String, List<String>> papersUsing, List<ProposedRow> proposed) {
        Set<String> annotated = new HashSet<>();
        gold.papers().forEach(p -> annotated.add(TitleKey.of(p.title())));
        Map<String, Prf> families = new LinkedHashMap<>();
        List<String> mistakes = new java.util.ArrayList<>();
        gold.papersByFamily().forEach((family, goldTitles) -> {
            if (goldTitles.size() < MIN_GOLD_PAPERS) {
                return;
            }
            Set<String> found = new HashSet<>();
            for (String title : papersUsing.apply(MethodFamily.QUERY_NAMES.get(family))) {
                String key = TitleKey.of(title);
                if (annotated.contains(key)) {
                    found.add(key);
                }
            }
            families.put(family, compare(goldTitles, found, (g, f) -> f.contains(g)));
            goldTitles.stream().filter(t -> !found.contains(t)).forEach(t -> mistakes.add(family + " missed: " + t));
            found.stream().filter(t -> !goldTitles.contains(t)).forEach(t -> mistakes.add(family + " extra: " + t));
        });
        return new Result(families, proposals(proposed, mistakes), mistakes);
    }

    private ProposalScore proposals(List<ProposedRow> rows, List<String> mistakes) {
        Map<String, List<ProposedRow>> byPaper = new HashMap<>();
        for (ProposedRow row : rows) {
            byPaper.computeIfAbsent(TitleKey.of(row.title()), t -> new java.util.ArrayList<>()).add(row);
        }
        int right = 0;
        int predictedCount = 0;
        int found = 0;
        int goldCount = 0;
        for (Paper paper : gold.papers()) {
            Set<String> names = new HashSet<>();
            paper.proposes().forEach(n -> names.add(fold(n)));
            Set<String> predictedNames = new HashSet<>();
            for (ProposedRow row : byPaper.getOrDefault(TitleKey.of(paper.title()), List.of())) {
                Set<String> rowNames = namesOf(row);
                predictedNames.addAll(rowNames);
                predictedCount++;
                if (rowNames.stream().anyMatch(names::contains)) {
                    right++;
                } else {
                    mistakes.add("proposes extra: " + row.label() + " " + row.aliases() + " in " + paper.title());
                }
            }
            goldCount += names.size();
            found += (int) names.stream().filter(predictedNames::contains).count();
            names.stream().filter(n -> !predictedNames.contains(n))
                    .forEach(n -> mistakes.add("proposes missed: " + n + " in " + paper.title()));
        }
        return new ProposalScore(right, predictedCount, found, goldCount);
    }

    private static Set<String> namesOf(ProposedRow row) {
        Set<String> names = new HashSet<>();
        names.add(fold(row.label()));
        row.aliases().forEach(a -> names.add(fold(a)));
        return names;
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).strip();
    }

    private static <T> Prf compare(Set<T> gold, Set<T> found, BiFunction<T, Set<T>, Boolean> matches) {
        int tp = 0;
        for (T g : gold) {
            if (matches.apply(g, found)) {
                tp++;
            }
        }
        return new Prf(tp, found.size() - tp, gold.size() - tp);
    }
}
