package org.papergraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Broad method families and the names their members go by, so that "trained with GRPO" or
 * "instruction tuning" tell that a paper uses reinforcement learning or fine-tuning. A curated
 * taxonomy of well-known members, not a list of papers: each entry is a name a field uses for the
 * family, a widely known acronym, or a well-known member method. Acronyms match case-sensitively.
 */
final class MethodFamilies {

    /** A family, the label of its concept, and what names it. */
    record Family(String label, Pattern names) {
    }

    static final List<Family> ALL = List.of(
            family("curriculum learning", "(?i:\\bcurricul(?:um|a)\\b)"),
            family("reinforcement learning", "(?i:\\breinforcement[- ]learning|\\bpolicy[- ]gradients?\\b|\\bactor[- ]critic\\b"
                    + "|\\bq-learning\\b|\\bpolicy optimi[sz]ation\\b)|\\b(?:RL|RLHF|RLAIF|RLVR|DRL|MARL|PPO|GRPO|DQN|TRPO|DDPG|SAC)s?\\b"),
            family("continual learning", "(?i:\\bcontinual(?:ly)?[- ]learn\\w*|\\blifelong[- ]learning|\\bcatastrophic[- ]forgetting"
                    + "|\\bclass-incremental\\b|\\bincremental[- ]learning\\b)"),
            family("contrastive learning", "(?i:\\bcontrastive\\b)"),
            // Knowledge or logits taken from a teacher; a teacher that picks tasks for a student (curricula) or
            // only labels data is not distillation.
            family("knowledge distillation", "(?i:\\bdistill(?:ation|ed|ing|s)?\\b"
                    + "|\\b(?:knowledge|logits|soft (?:labels|targets)) (?:from|of)\\b[^.;]{0,60}\\bteachers?\\b"
                    + "|\\bteachers?\\b[^.;]{0,80}\\b(?:logits|soft (?:labels|targets))\\b)"),
            family("imitation learning", "(?i:\\bimitation\\b|\\bbehaviou?r(?:al)? cloning\\b|\\bdemonstrations\\b)"),
            family("federated learning", "(?i:\\bfederated\\b)"),
            family("diffusion model", "(?i:\\bdiffusion(?:[- ]based)? (?:models?|policy|policies|process|transformers?)\\b|\\bdenoising diffusion\\b)"),
            family("large language model", "(?i:\\blarge language models?\\b|\\blanguage models?\\b|\\bchatgpt\\b|\\bgpt-?[34o]\\w*|\\bllama\\b)"
                    + "|\\b(?:LLM|MLLM|PLM|SLM)s?\\b|\\bGemini\\b|\\bClaude\\b|\\bQwen\\w*|\\bDeepSeek\\w*"),
            family("transformer", "(?i:\\btransformers?\\b|\\btransformer-based\\b|\\bself-attention\\b)|\\b(?:BERT|RoBERTa|ViT)s?\\b"),
            family("self-supervised learning", "(?i:\\bself-supervis\\w+)"),
            family("meta-learning", "(?i:\\bmeta-?learn\\w*|\\blearning to learn\\b)"),
            family("generative adversarial network", "(?i:\\bgenerative adversarial\\b)|\\bGANs?\\b"),
            family("preference optimization", "(?i:\\bpreference optimi[sz]ation\\b|\\bpreference[- ]based\\b|\\bpreference learning\\b"
                    + "|\\bhuman feedback\\b|\\bai feedback\\b|\\breward models?\\b)|\\b(?:DPO|RLHF|RLAIF)\\b"),
            family("chain-of-thought", "(?i:\\bchain[- ]of[- ]thoughts?\\b|\\bstep[- ]by[- ]step (?:reasoning|thinking|solutions?|rationales?)\\b|\\bthink step[- ]by[- ]step\\b|\\breasoning (?:traces|chains|steps)\\b|\\bmulti-step reasoning\\b|\\bthinking tokens?\\b)|\\bCoTs?\\b"),
            family("fine-tuning", "(?i:\\bfine-?tun\\w*|\\bfinetun\\w*|\\binstruction[- ]tun\\w*|\\bpost-training\\b|\\bprompt (?:tuning|learning)\\b)"
                    + "|\\b(?:SFT|LoRA|PEFT)\\b"),
            family("multi-agent", "(?i:\\bmulti-?agent\\b|\\bmultiple agents\\b)|\\bMARL\\b"),
            family("graph neural network", "(?i:\\bgraph neural networks?\\b|\\bgraph convolutional\\b)|\\b(?:GNN|GCN|GAT)s?\\b"));

    private MethodFamilies() {
    }

    private static Family family(String label, String regex) {
        return new Family(label, Pattern.compile(regex));
    }
}
