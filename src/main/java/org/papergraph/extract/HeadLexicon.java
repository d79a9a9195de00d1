package org.papergraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.papergraph.nlp.Token;
import org.papergraph.nlp.WordShape;

/**
 * Types a phrase by its head word: "... learning" is a method, "... segmentation" a task,
 * "... benchmark" a dataset, "... accuracy" a metric. It lists kinds of head nouns, not concepts:
 * any phrase with such a head is found, named in a list or not.
 */
final class HeadLexicon {

    private static final Set<String> METHOD_HEADS = Set.of(
            "learning", "network", "net", "model", "algorithm", "method", "approach", "framework", "architecture",
            "technique", "optimization", "optimisation", "optimizer", "distillation", "transformer", "attention",
            "encoder", "decoder", "autoencoder", "regularization", "regularisation", "training", "fine-tuning",
            "finetuning", "pre-training", "pretraining", "post-training", "tuning", "sampling", "search", "descent",
            "mechanism", "module", "strategy", "paradigm", "procedure", "scheme", "loss", "embedding", "classifier",
            "regression", "pipeline", "prompting", "augmentation", "gan", "diffusion", "estimator", "decoding",
            "machine", "kernel", "solver", "planner", "controller", "replay", "backpropagation", "dropout",
            "normalization", "quantization", "pruning", "ensemble", "curriculum", "curricula", "heuristic", "policy",
            "gradient", "agent", "llm", "vlm", "mllm", "lm", "rlhf", "rl", "transfer", "unlearning", "tokenizer",
            "retriever", "critic", "actor", "process", "analysis", "theory", "representation", "objective",
            "update", "initialization", "simulation", "reasoning-model", "layer", "head",
            "memory", "function", "operator", "game", "chain-of-thought", "cot", "rag", "moe", "mixture-of-experts");

    private static final Set<String> TASK_HEADS = Set.of(
            "task", "classification", "segmentation", "detection", "generation", "translation", "recognition",
            "reasoning", "planning", "navigation", "manipulation", "prediction", "forecasting", "retrieval",
            "summarization", "parsing", "tagging", "answering", "control", "editing", "grasping", "tracking",
            "localization", "captioning", "synthesis", "completion", "understanding", "extraction", "estimation",
            "pathfinding", "discovery", "generalization", "adaptation", "matching", "labeling", "diagnosis",
            "restoration", "denoising", "super-resolution", "compression", "modeling", "modelling", "problem",
            "alignment", "chatbot", "dialogue", "conversation", "imaging", "picking", "routing", "tracing",
            "recommendation", "exploration", "coding", "proving", "solving", "decision-making", "inference",
            "enhancement", "reconstruction", "clustering", "mining", "search-task", "verification");

    private static final Set<String> DATASET_HEADS = Set.of(
            "dataset", "datasets", "corpus", "corpora", "benchmark", "treebank", "suite", "data-set");

    private static final Set<String> METRIC_HEADS = Set.of(
            "accuracy", "precision", "recall", "f1", "f1-score", "score", "bleu", "rouge", "perplexity", "error",
            "rate", "auc", "map", "fid", "psnr", "ssim", "regret", "win-rate", "exact-match", "mrr", "ndcg",
            "meteor", "cider", "wer", "cer", "mae", "mse", "rmse", "iou", "miou", "f-measure", "fidelity");

    private static final Map<String, ConceptClass> BY_HEAD = Stream.of(
                    METHOD_HEADS.stream().map(h -> Map.entry(h, ConceptClass.METHOD)),
                    TASK_HEADS.stream().map(h -> Map.entry(h, ConceptClass.TASK)),
                    DATASET_HEADS.stream().map(h -> Map.entry(h, ConceptClass.DATASET)),
                    METRIC_HEADS.stream().map(h -> Map.entry(h, ConceptClass.METRIC)))
            .flatMap(s -> s)
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    private static final Map<String, ConceptClass> REDUNDANT_HEADS = Map.of(
            "task", ConceptClass.TASK, "problem", ConceptClass.TASK, "process", ConceptClass.METHOD,
            "method", ConceptClass.METHOD, "algorithm", ConceptClass.METHOD, "approach", ConceptClass.METHOD,
            "technique", ConceptClass.METHOD);

    /** Verbs whose object "attention" is interest: "gained attention", "attracted much attention". */
    private static final Set<String> ATTENTION_VERBS = Set.of("gain", "garner", "attract", "receive", "raise", "draw",
            "pay", "get", "deserve", "capture", "grab", "warrant");

    /** A hyphenated word ending in a lower-case part: "RL-based" is a kind of approach, not a name. */
    private static final Pattern LOWER_CASE_TAIL = Pattern.compile("-[a-z]+$");

    /** Heads that name nothing on their own: "model" alone or "the task" is not a concept. */
    private static final Set<String> TOO_GENERIC_ALONE = Set.of(
            "model", "method", "approach", "framework", "algorithm", "technique", "task", "problem", "network",
            "strategy", "mechanism", "module", "paradigm", "procedure", "scheme", "process", "analysis", "theory",
            "dataset", "benchmark", "corpus", "score", "rate", "error", "function", "layer", "head", "objective",
            "update", "distribution", "representation", "memory", "policy", "agent", "game", "pipeline",
            "architecture", "loss", "training", "learning", "generation", "prediction", "estimation", "inference",
            "understanding", "control", "search", "adaptation", "generalization", "exploration", "alignment",
            "reasoning", "planning", "simulation", "operator", "solver", "data", "datum", "suite", "embedding",
            "classification", "detection", "recognition", "completion", "sampling", "tuning", "transfer", "decoding",
            "modeling", "modelling", "matching", "tracking", "extraction", "synthesis", "compression", "mining",
            "initialization", "gradient", "critic", "actor", "verification", "diagnosis", "enhancement",
            "reconstruction", "coding", "discovery", "kernel", "accuracy", "precision", "performance",
            "application", "machine", "system", "scenario", "setting", "domain", "phase", "field", "area", "aspect",
            "factor", "component", "tool", "technology");

    private HeadLexicon() {
    }

    static Optional<ConceptClass> classOf(Chunk chunk) {
        ConceptClass byHead = BY_HEAD.get(headKey(chunk));
        return byHead == null || isUnnamed(chunk) ? Optional.empty() : Optional.of(byHead);
    }

    /**
     * True for a phrase that names nothing whatever its class: a generic head with at most quantities before
     * it ("the model", "7B models"), "the training process", a learning rate (a setting, not a result), or a
     * lower-case map (an attention or semantic map; mAP is a metric).
     */
    static boolean isUnnamed(Chunk chunk) {
        String head = headKey(chunk);
        List<Token> before = chunk.tokens().subList(0, chunk.length() - 1);
        if (TOO_GENERIC_ALONE.contains(head) && before.stream().allMatch(t -> WordShape.isQuantity(t.word()))) {
            return true;
        }
        if (head.equals("process") && before.size() == 1 && TOO_GENERIC_ALONE.contains(lemma(before.get(0)))) {
            return true;
        }
        if (head.equals("rate") && !before.isEmpty() && before.get(before.size() - 1).word().equalsIgnoreCase("learning")) {
            return true;
        }
        return head.equals("map") && chunk.head().word().equals(chunk.head().word().toLowerCase(Locale.ROOT))
                || isAttentionIdiom(chunk);
    }

    /** "has gained (significant) attention", "paying insufficient attention": interest, not the attention mechanism. */
    private static boolean isAttentionIdiom(Chunk chunk) {
        if (!headKey(chunk).equals("attention") || !chunk.tokens().subList(0, chunk.length() - 1).stream()
                .allMatch(t -> t.pos().startsWith("JJ"))) {
            return false;
        }
        int i = chunk.from() - 1;
        while (i >= 0 && (chunk.sentence().token(i).pos().startsWith("JJ") || chunk.sentence().token(i).pos().startsWith("RB")
                || chunk.sentence().token(i).pos().equals("DT"))) {
            i--;
        }
        return i >= 0 && ATTENTION_VERBS.contains(lemma(chunk.sentence().token(i)));
    }

    /**
     * "math reasoning tasks" names the task "math reasoning", "a distillation process" the method
     * "distillation", "RL methods" RL: a word like "task", "process" or "method" after a phrase that is of that
     * class by its own head (or, for methods, a name) adds nothing, and without it both spellings are one
     * concept. Otherwise the chunk itself.
     */
    static Chunk withoutRedundantHead(Chunk chunk) {
        ConceptClass kind = REDUNDANT_HEADS.get(headKey(chunk));
        if (chunk.length() < 2 || kind == null) {
            return chunk;
        }
        Chunk rest = new Chunk(chunk.sentence(), chunk.from(), chunk.to() - 1);
        // "the GRPO approach" is GRPO; "the XOR problem" stays a problem
        boolean namedMethod = kind == ConceptClass.METHOD && rest.tokens().stream()
                .allMatch(t -> Names.isCoinedName(t.word()) && !LOWER_CASE_TAIL.matcher(t.word()).find());
        return namedMethod || classOf(rest).filter(type -> type == kind).isPresent() ? rest : chunk;
    }

    /** The class a head word gives a phrase, or null. */
    static ConceptClass classOfHead(String head) {
        return BY_HEAD.get(head);
    }

    /** The class a trailing "task", "problem", "process" or "method" adds nothing to, or null. */
    static ConceptClass redundantFor(String head) {
        return REDUNDANT_HEADS.get(head);
    }

    static boolean isTooGenericAlone(String head) {
        return TOO_GENERIC_ALONE.contains(head);
    }

    static boolean isDatasetHead(String head) {
        return DATASET_HEADS.contains(head);
    }

    /** True for a word that types a phrase it ends ("learning", "segmentation", "dataset", "accuracy"). */
    static boolean isHeadWord(String word) {
        return BY_HEAD.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** True when the phrase is a bare generic head such as "the model" or "this task". */
    static boolean isGeneric(Chunk chunk) {
        return chunk.length() == 1 && TOO_GENERIC_ALONE.contains(headKey(chunk));
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The word a phrase is typed by: its head's lemma (or acronym), the last part of a hyphenated head. */
    static String headKey(Chunk chunk) {
        String word = chunk.head().word();
        String lemma = chunk.head().lemma() == null ? word : chunk.head().lemma();
        String key = (Names.isAcronym(word) ? Names.singularAcronym(word) : lemma).toLowerCase(Locale.ROOT);
        if (!BY_HEAD.containsKey(key) && BY_HEAD.containsKey(word.toLowerCase(Locale.ROOT))) {
            // a nominal -ing the tagger read as a verb: "image captioning/VBG", lemma "caption"
            key = word.toLowerCase(Locale.ROOT);
        }
        int hyphen = key.lastIndexOf('-');
        if (!BY_HEAD.containsKey(key) && hyphen > 0 && hyphen < key.length() - 1) {
            return key.substring(hyphen + 1);
        }
        return key;
    }
}
