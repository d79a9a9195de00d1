package org.papergraph.extract;

import java.util.Locale;
import java.util.Set;
import org.papergraph.nlp.WordShape;

/**
 * Phrases that name no concept of the graph: a generic head ({@link HeadLexicon#isUnnamed}), or words that say
 * what kind of data, task or artifact something is without saying which ("a large dataset", "everyday tasks",
 * "real-time generation", "the base model").
 */
final class NamelessPhrases {

    /** What data is used for, or how it is offered, rather than which data it is: "a training corpus", "toy datasets". */
    private static final Set<String> DATA_ROLES = Set.of("training", "test", "testing", "evaluation", "validation",
            "benchmark", "reference", "toy", "public", "web", "internet");

    /** Who performs a task or what it serves, rather than which task it is: "robot tasks", "the target task". */
    private static final Set<String> TASK_ROLES = Set.of("target", "source", "proxy", "pretext", "auxiliary", "robot",
            "robotics", "agent", "benchmark");

    /** Where a model sits or how big it is, rather than which model it is: "the base model", "small models". */
    private static final Set<String> ARTIFACT_ROLES = Set.of("base", "bottom", "top", "final", "target", "source",
            "aggregate", "finetuned", "fine-tuned", "trained", "untrained", "pre-trained", "pretrained", "small", "tiny",
            "large", "big", "deeper", "shallow", "end-to-end", "full", "single", "separate", "global", "auxiliary",
            "teacher", "student", "baseline", "reference", "training", "initial", "middle", "intermediate", "learning",
            "model", "iterative");

    /** First parts of hyphenated modifiers that make them adjectives: "long-horizon", "multi-step". */
    private static final Set<String> ADJECTIVE_PREFIXES = Set.of("long", "short", "multi", "high", "low", "large",
            "small", "single", "fine", "coarse", "open", "real", "full", "half", "well", "hard", "easy", "many", "few");

    /** How or when something is done rather than what: "real-time generation", "online exploration". */
    private static final Set<String> MANNER = Set.of("automatic", "autonomous", "real-time", "online", "offline",
            "instant", "fast", "slow", "continual", "targeted", "end-to-end", "autoregressive", "auto-regressive",
            "flow-based", "sequential", "iterative", "incremental", "joint", "direct", "cognitive", "conceptual",
            "mechanistic", "developmental", "complementary");

    private NamelessPhrases() {
    }

    /**
     * True for a phrase that names no concept of the graph: {@link HeadLexicon#isUnnamed}, {@link #isDataDescription},
     * {@link #isTaskDescription}, {@link #isArtifactDescription} or {@link #isDegreeAlone}.
     */
    static boolean namesNothing(Chunk chunk) {
        return HeadLexicon.isUnnamed(chunk) || isDataDescription(chunk) || isTaskDescription(chunk) || isArtifactDescription(chunk)
                || isDegreeAlone(chunk);
    }

    /** "high-fidelity", "low-latency" alone: a degree of a quality, said of something, not a measure. */
    private static boolean isDegreeAlone(Chunk chunk) {
        String word = chunk.head().word().toLowerCase(Locale.ROOT);
        return chunk.length() == 1 && (word.startsWith("high-") || word.startsWith("low-"));
    }

    /**
     * True for a generic head with only its role or size before it ("the base model", "small models", "a
     * training technique", "the target function"): which one of a paper's artifacts, not which method.
     */
    private static boolean isArtifactDescription(Chunk chunk) {
        String head = HeadLexicon.headKey(chunk);
        return chunk.length() >= 2 && HeadLexicon.isTooGenericAlone(head) && HeadLexicon.classOfHead(head) == ConceptClass.METHOD
                && chunk.tokens().subList(0, chunk.length() - 1).stream()
                        .allMatch(t -> ARTIFACT_ROLES.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * True for a dataset word (or "data") qualified by adjectives or roles alone ("a large dataset",
     * "synthetic datasets", "public benchmarks", "unlabeled data", "a training corpus"): it describes data
     * without naming any, so it is no dataset concept. A name ("the MATH dataset") or a noun ("an image
     * classification dataset") says which data.
     */
    private static boolean isDataDescription(Chunk chunk) {
        String head = HeadLexicon.headKey(chunk);
        if (chunk.length() < 2 || !HeadLexicon.isDatasetHead(head) && !head.equals("data") && !head.equals("datum")) {
            return false;
        }
        return chunk.tokens().subList(0, chunk.length() - 1).stream().allMatch(t -> !Names.isNameToken(t.word())
                && (t.pos().startsWith("JJ") || t.pos().equals("VBN") || DATA_ROLES.contains(t.word().toLowerCase(Locale.ROOT))));
    }

    /**
     * True for "task" or "problem" after words that say what kind of task it is without naming one: adjectives
     * or roles alone ("everyday tasks", "long-horizon tasks", "a high-dimensional problem", "the target task",
     * "robot tasks"), a word too generic alone ("reasoning tasks", "a classification task"), or a phrase of
     * another class ("machine learning tasks", "pre-training tasks", "a dynamics model problem"). A name keeps
     * it a task ("the XOR problem", "IL tasks"), and so does a noun that says what is done ("cable routing
     * tasks", "the weight transport problem"). Also a generic activity with only words of manner before it
     * ("automatic generation", "real-time exploration", "continual adaptation"): how it is done, not what.
     */
    private static boolean isTaskDescription(Chunk chunk) {
        if (chunk.length() >= 2 && isGenericActivity(HeadLexicon.headKey(chunk)) && chunk.tokens().subList(0, chunk.length() - 1)
                .stream().allMatch(t -> MANNER.contains(t.word().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        if (chunk.length() < 2 || HeadLexicon.redundantFor(HeadLexicon.headKey(chunk)) != ConceptClass.TASK) {
            return false;
        }
        Chunk kind = new Chunk(chunk.sentence(), chunk.from(), chunk.to() - 1);
        if (kind.tokens().stream().anyMatch(t -> Names.isNameToken(t.word()))) {
            return false;
        }
        boolean describedOnly = kind.tokens().stream().allMatch(t -> t.pos().startsWith("JJ") || t.pos().equals("VBN")
                || isAdjectiveCompound(t.word()) || WordShape.isQuantity(t.word())
                || TASK_ROLES.contains(t.word().toLowerCase(Locale.ROOT)));
        ConceptClass kindClass = HeadLexicon.classOfHead(HeadLexicon.headKey(kind));
        return describedOnly || HeadLexicon.isGeneric(kind) || kindClass != null && kindClass != ConceptClass.TASK;
    }

    /** "long-horizon", "multi-step", "high-level": a hyphenated modifier led by an adjective, whatever its tag. */
    private static boolean isAdjectiveCompound(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && ADJECTIVE_PREFIXES.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT));
    }

    private static boolean isGenericActivity(String head) {
        return HeadLexicon.classOfHead(head) == ConceptClass.TASK && HeadLexicon.isTooGenericAlone(head);
    }
}
