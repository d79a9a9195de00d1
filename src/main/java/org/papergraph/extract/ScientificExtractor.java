package org.papergraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.papergraph.nlp.AnnotatedPaper;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;

/**
 * The production extractor. Two layers:
 * <ul>
 *   <li>the scientific-entity layer ({@link #analyze}): the SciERC-trained CRF, corrected by
 *       high-precision span rules, finds typed spans in every sentence, and the relation classifier
 *       relates spans of one sentence; this is what {@code papergraph eval --scierc} measures;</li>
 *   <li>the paper layer: what the paper proposes and uses comes from the rule extractor's cues
 *       (first person, "via", "without"), and the relation layer adds method-to-concept relations
 *       mapped onto the vocabulary ({@link VocabularyMapping}).</li>
 * </ul>
 * Stateless apart from the shared, read-only models: thread-safe.
 */
public final class ScientificExtractor implements Extractor {

    public static final String ID = "papergraph-scierc/1";
    static final String RELATION_RULE = "scierc-relation";

    private final ScientificModels models;
    private final RuleBasedExtractor rules = new RuleBasedExtractor();
    /** The span rules that measurably help on SciERC dev (see docs/quality.md). */
    public static final Set<SpanRule> PRODUCTION_RULES = EnumSet.noneOf(SpanRule.class);

    private final SpanRules spanRules;
    private final FamilyUses families = new FamilyUses();

    public ScientificExtractor(ScientificModels models) {
        this(models, PRODUCTION_RULES);
    }

    /** With another choice of span rules, to measure what each rule is worth. */
    public ScientificExtractor(ScientificModels models, Set<SpanRule> rules) {
        this.models = models;
        this.spanRules = new SpanRules(rules);
    }

    @Override
    public String id() {
        return ID + "+" + RuleBasedExtractor.ID;
    }

    /**
     * Typed spans and relations in every sentence of a text; acronyms defined early apply later on. A
     * span the tagger is unsure of is kept when a confident relation ties it to a sure one.
     */
    public List<SentenceAnalysis> analyze(AnnotatedText text) {
        List<SentenceAnalysis> result = new ArrayList<>();
        SpanRules.DocumentState state = spanRules.newDocument();
        for (Sentence sentence : text.sentences()) {
            TaggedSpans tagged = models.tagger().tag(sentence, models.confirmation().tentativeThreshold());
            List<SciSpan> sure = spanRules.apply(sentence, tagged.sure(), state);
            result.add(models.confirmation().analyze(sentence, sure, tagged.tentative(), models.relations()));
        }
        return result;
    }

    /** The relation layer alone, on spans given from outside (to measure it on gold mentions). */
    public List<SciRelation> relate(Sentence sentence, List<SciSpan> spans) {
        return models.relations().relations(sentence, spans);
    }

    @Override
    public Extraction extract(AnnotatedPaper paper) {
        Extraction base = rules.extract(paper);
        List<Relation> relations = new ArrayList<>(base.relations());
        relations.addAll(families.find(paper.title(), paper.abstractText()));
        for (SentenceAnalysis analysis : analyze(paper.abstractText())) {
            for (SciRelation relation : analysis.relations()) {
                VocabularyMapping.map(relation).ifPresent(mapped -> mapped.predicate().relationType().ifPresent(type ->
                        conceptMention(analysis.sentence(), mapped.subject()).ifPresent(subject ->
                                conceptMention(analysis.sentence(), mapped.object()).ifPresent(object ->
                                        relations.add(new Relation(subject, type, object, RELATION_RULE, relation.probability()))))));
            }
        }
        return new Extraction(base.paper(), base.mentions(), relations, base.acronyms());
    }

    private static Optional<Mention> conceptMention(Sentence sentence, SciSpan span) {
        return span.type().conceptClass().flatMap(type -> ConceptNames.name(new Chunk(sentence, span.from(), span.to()), type)
                .map(name -> name.mention(type, Section.ABSTRACT, null)));
    }
}
