package org.papergraph.eval;

import java.util.Map;

/** The method families of the seed annotation, and the name a user would query each by. */
public final class MethodFamily {

    public static final Map<String, String> QUERY_NAMES = Map.ofEntries(
            Map.entry("curriculum_learning", "curriculum learning"),
            Map.entry("reinforcement_learning", "reinforcement learning"),
            Map.entry("continual_learning", "continual learning"),
            Map.entry("contrastive_learning", "contrastive learning"),
            Map.entry("knowledge_distillation", "knowledge distillation"),
            Map.entry("imitation_learning", "imitation learning"),
            Map.entry("federated_learning", "federated learning"),
            Map.entry("diffusion_models", "diffusion model"),
            Map.entry("large_language_models", "large language model"),
            Map.entry("transformers", "transformer"),
            Map.entry("self_supervised_learning", "self-supervised learning"),
            Map.entry("meta_learning", "meta-learning"),
            Map.entry("gan", "generative adversarial network"),
            Map.entry("preference_optimization", "preference optimization"),
            Map.entry("chain_of_thought", "chain-of-thought"),
            Map.entry("fine_tuning", "fine-tuning"),
            Map.entry("multi_agent", "multi-agent"),
            Map.entry("graph_neural_networks", "graph neural network"));

    private MethodFamily() {
    }
}
