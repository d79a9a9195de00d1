package org.papergraph.extract;

/** The span rules that correct the tagger; each kept in production only if it helps on SciERC dev. */
public enum SpanRule {
    /** "conditional random fields ( CRFs )" tagged as one span is two: the long form and the acronym. */
    SPLIT_PARENTHESES,
    /** "conditional random fields ( CRFs )": the acronym is a span of its long form's type, here and later. */
    ACRONYM_DEFINITION,
    /** "on the Penn Treebank corpus": a named dataset, benchmark or corpus is a Material. */
    DATASET_PHRASE,
    /** "in terms of word error rate": what results are measured in is a Metric. */
    IN_TERMS_OF,
    /** A phrase of two or more words tagged once is tagged alike where it recurs untagged in the same text. */
    REPEATED_PHRASE
}
