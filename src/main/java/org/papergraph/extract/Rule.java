package org.papergraph.extract;

/** The rules of the rule-based extractor, each with the id evidence records and how far it is trusted. */
enum Rule {
    TITLE_NAME("title-name-colon", 0.9),
    PROPOSE_VERB("we-propose-name", 0.85),
    NAMING("termed-named", 0.9),
    NOVEL_APPOSITIVE("name-a-novel", 0.8),
    MADE_BY_US("name-we-made", 0.85),
    COMPONENT("named-component", 0.8),
    TITLE_MENTION("title-mention", 0.85),
    USE_CUE("use-cue", 0.85),
    OWN_WORK("own-work-sentence", 0.75),
    BACKGROUND("background-mention", 0.5),
    METHOD_VIA_METHOD("method-via-method", 0.8),
    PROPOSED_USES("proposed-artifact-uses", 0.75),
    METHOD_FOR_TASK("method-for-task", 0.7),
    PROPOSED_ADDRESSES("proposed-artifact-addresses", 0.7);

    final String id;
    final double confidence;

    Rule(String id, double confidence) {
        this.id = id;
        this.confidence = confidence;
    }
}
