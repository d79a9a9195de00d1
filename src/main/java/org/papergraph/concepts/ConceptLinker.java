package org.papergraph.concepts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.papergraph.extract.ConceptClass;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Mention;
import org.papergraph.extract.Relation;
import org.papergraph.extract.RelationType;

/**
 * Links each mention of one paper to a concept. An acronym the paper defines ("reinforcement
 * learning (RL)") resolves to its long form within that paper first; failing that, a label or alias
 * of the curated vocabulary names the concept (and its class).
 */
public final class ConceptLinker {

    /** Title words of papers that review others' work rather than propose their own. */
    private static final Pattern SURVEY = Pattern.compile("-(survey|review|overview|tutorial)s?-");

    private final Vocabulary vocabulary;

    public ConceptLinker(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public ConceptLinker() {
        this(Vocabulary.standard());
    }

    public LinkedExtraction link(Extraction extraction) {
        Map<Mention, ConceptRef> linked = new HashMap<>();
        for (Mention mention : extraction.mentions()) {
            linked.put(mention, resolve(mention, extraction));
        }
        List<Relation> relations = new ArrayList<>();
        for (Relation relation : extraction.relations()) {
            ConceptRef object = linked.computeIfAbsent(relation.object(), m -> resolve(m, extraction));
            if (relation.subject() != null) {
                linked.computeIfAbsent(relation.subject(), m -> resolve(m, extraction));
            }
            relations.add(usingTheConceptsClass(notProposingAKnownConcept(relation, object, extraction.paper().title()), object));
        }
        Extraction consistent = new Extraction(extraction.paper(), extraction.mentions(), relations, extraction.acronyms());
        return new LinkedExtraction(consistent, linked);
    }

    /**
     * "We propose a hybrid neural network (NN) and PDE approach": a concept the curated vocabulary lists is
     * established, so a paper that seems to propose it uses it, unless the paper's title names it and the
     * paper is no survey ("Denoising Diffusion Probabilistic Models" proposes DDPM; "A Comprehensive Survey of
     * Mixture-of-Experts" proposes nothing).
     */
    private Relation notProposingAKnownConcept(Relation relation, ConceptRef object, String title) {
        Optional<VocabularyEntry> known = vocabulary.find(object.key());
        if (relation.type() != RelationType.PROPOSES || known.isEmpty() || namedByTitle(known.get(), title)) {
            return relation;
        }
        return new Relation(relation.subject(), RelationType.usesFor(object.type()), relation.object(), relation.rule(),
                relation.confidence());
    }

    private static boolean namedByTitle(VocabularyEntry entry, String title) {
        String words = "-" + Labels.key(title == null ? "" : title) + "-";
        if (SURVEY.matcher(words).find()) {
            return false;
        }
        return Stream.concat(Stream.of(entry.label()), entry.aliases().stream())
                .anyMatch(name -> words.contains("-" + Labels.key(name) + "-"));
    }

    /**
     * A paper uses a concept by the relation of the concept's class: when the vocabulary knows a phrase the
     * extractor typed by its head as another class ("Bayesian inference", a method, read as a task by
     * "inference"), the paper uses the method rather than addressing a task that is a method.
     */
    private static Relation usingTheConceptsClass(Relation relation, ConceptRef object) {
        boolean use = relation.fromPaper() && relation.type() != RelationType.PROPOSES && relation.type().paperLevel();
        RelationType byClass = RelationType.usesFor(object.type());
        if (!use || byClass == relation.type()) {
            return relation;
        }
        return new Relation(null, byClass, relation.object(), relation.rule(), relation.confidence());
    }

    private ConceptRef resolve(Mention mention, Extraction extraction) {
        Mention definition = extraction.acronyms().get(Labels.singularAcronym(mention.text()));
        Mention named = definition != null && definition != mention && mention.tokens().size() == 1 ? definition : mention;
        String label = Labels.canonicalLabel(named.type() == ConceptClass.DATASET ? Labels.datasetName(named.tokens()) : named.tokens());
        return vocabulary.find(Labels.key(label))
                .map(entry -> new ConceptRef(entry.key(), entry.label(), entry.type()))
                .orElseGet(() -> new ConceptRef(Labels.key(label), label, named.type()));
    }
}
