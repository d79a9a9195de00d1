package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.papergraph.testing.QueryResults;
import org.papergraph.testing.SampleCorpus;

/** Every shipped named query, run on the sample corpus. */
class NamedQueriesTest {

    private final DatasetGraph store = SampleCorpus.store().datasetGraph();

    private List<String> titles(String query, String name, String value) {
        return QueryResults.column(QueryResults.named(store, query, Map.of(name, value)), "title");
    }

    @Test
    void everyShippedQueryHasAHeaderAndParses() throws IOException {
        List<NamedQuery> queries = NamedQuery.allShipped();
        assertEquals(NamedQuery.SHIPPED.size(), queries.size());
        for (NamedQuery query : queries) {
            assertFalse(query.description().isBlank(), query.name());
            QueryRunner.parse(query.text(), query.name());
        }
        assertEquals(java.util.Set.of("method"), NamedQuery.load("papers-using-method").parameters());
        assertEquals(java.util.Set.of("paper", "concept"), NamedQuery.load("evidence").parameters());
    }

    @Test
    void papersUsingCurriculumLearning() {
        List<String> titles = titles("papers-using-method", "method", "curriculum learning");
        for (String expected : List.of(
                "PLATO-2: Towards Building an Open-Domain Chatbot via Curriculum Learning",
                "Cyclical Curriculum Learning",
                "Influence-driven Curriculum Learning for Pre-training on Limited Data",
                "Improving Imbalanced Text Classification with Dynamic Curriculum Learning",
                "Beyond Random Sampling: Efficient Language Model Pretraining via Curriculum Learning",
                "Mastering Rate based Curriculum Learning")) {
            assertTrue(titles.contains(expected), expected + " missing from " + titles);
        }
        assertFalse(titles.stream().anyMatch(t -> t.startsWith("Dichotomy of Feature Learning")), titles.toString());
        assertEquals(titles, titles("papers-using-method", "method", "Curriculum-Learning"));
    }

    @Test
    void aNameWithANumberIsFoundWithOrWithoutTheHyphen() {
        List<String> hyphenated = titles("papers-using-method", "method", "PLATO-2");
        assertTrue(hyphenated.contains("PLATO-2: Towards Building an Open-Domain Chatbot via Curriculum Learning"), hyphenated.toString());
        assertEquals(hyphenated, titles("papers-using-method", "method", "PLATO2"));
        assertEquals(hyphenated, titles("papers-using-method", "method", "plato 2"));
    }

    @Test
    void methodsUsingCurriculumLearningIncludePlato2() {
        List<Binding> rows = QueryResults.named(store, "methods-using-method", Map.of("method", "curriculum learning"));
        assertTrue(QueryResults.column(rows, "label").contains("PLATO-2"), rows.toString());
    }

    @Test
    void tasksForAMethod() {
        List<String> tasks = QueryResults.column(
                QueryResults.named(store, "tasks-for-method", Map.of("method", "curriculum learning")), "label");
        assertTrue(tasks.contains("imbalanced text classification"), tasks.toString());
    }

    @Test
    void datasetsAndMetricsForATask() {
        List<Binding> datasets = QueryResults.named(store, "datasets-for-task", Map.of("task", "semantic segmentation"));
        assertTrue(QueryResults.column(datasets, "label").stream().anyMatch(l -> l.contains("DSEC")), datasets.toString());
        List<Binding> metrics = QueryResults.named(store, "metrics-for-task", Map.of("task", "cancer detection"));
        assertTrue(QueryResults.column(metrics, "label").contains("F1 score"), metrics.toString());
    }

    @Test
    void papersProposing() {
        List<Binding> rows = QueryResults.named(store, "papers-proposing", Map.of());
        List<String> proposed = QueryResults.column(rows, "proposed");
        assertTrue(proposed.contains("PLATO-2"), proposed.toString());
        assertTrue(proposed.contains("Lumo-1"), proposed.toString());
        Binding hrf = rows.stream().filter(r -> r.get("proposed").getLiteralLexicalForm().equalsIgnoreCase("hierarchical reward fine-tuning"))
                .findFirst().orElseThrow(() -> new AssertionError(proposed.toString()));
        assertTrue(hrf.get("aliases").getLiteralLexicalForm().contains("HRF"));
    }

    /** What top-methods.rq answered before its counts were precomputed: a join over every paper. */
    private static final String LIVE_TOP_METHODS = """
            PREFIX pg:   <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?method ?label (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
              ?paper a pg:Paper ; pg:usesMethod ?method .
              ?method a pg:Method ; skos:prefLabel ?label .
            } GROUP BY ?method ?label ORDER BY DESC(?papers) ?label LIMIT 25""";

    /** What method-cooccurrence.rq answered before its pairs were precomputed. */
    private static final String LIVE_COOCCURRENCE = """
            PREFIX pg:   <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?first ?second (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
              ?paper a pg:Paper ; pg:usesMethod ?a, ?b .
              FILTER(STR(?a) < STR(?b))
              ?a a pg:Method ; skos:prefLabel ?first .
              ?b a pg:Method ; skos:prefLabel ?second .
            } GROUP BY ?first ?second HAVING (COUNT(DISTINCT ?paper) >= 2)
            ORDER BY DESC(?papers) ?first ?second LIMIT 50""";

    /** What tasks-for-method.rq answered before its answers were counted in advance. */
    private static final String LIVE_TASKS_FOR_METHOD = """
            PREFIX pg:   <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?task ?label (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
              ?target pg:labelKey ?key .
              ?used (skos:broader|skos:exactMatch)* ?target .
              { ?paper pg:usesMethod|pg:proposes ?used .
                ?paper a pg:Paper ; pg:addressesTask ?task .
              } UNION {
                ?used pg:addressesTask ?task .
                ?ev rdf:subject ?used ; rdf:predicate pg:addressesTask ; rdf:object ?task ; pg:inPaper ?paper .
              }
              ?task a pg:Task ; skos:prefLabel ?label .
            } GROUP BY ?task ?label ORDER BY DESC(?papers) ?label""";

    /** What methods-using-method.rq answered before its answers were counted in advance. */
    private static final String LIVE_METHODS_USING_METHOD = """
            PREFIX pg:   <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?m ?label (GROUP_CONCAT(DISTINCT ?usedLabel; separator="; ") AS ?uses) (COUNT(DISTINCT ?paper) AS ?papers)
            WHERE {
              ?target pg:labelKey ?key .
              ?used (skos:broader|skos:exactMatch)* ?target .
              ?m pg:usesMethod ?used .
              ?m a skos:Concept ; skos:prefLabel ?label .
              ?used skos:prefLabel ?usedLabel .
              ?ev rdf:subject ?m ; rdf:predicate pg:usesMethod ; rdf:object ?used ; pg:inPaper ?paper .
            } GROUP BY ?m ?label ORDER BY DESC(?papers) ?label""";

    /** What datasets-for-task.rq answered before its answers were counted in advance. */
    private static final String LIVE_DATASETS_FOR_TASK = """
            PREFIX pg:   <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?dataset ?label (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
              ?target pg:labelKey ?key .
              ?addressed (skos:broader|skos:exactMatch)* ?target .
              ?paper pg:addressesTask ?addressed ; a pg:Paper .
              ?paper pg:usesDataset|pg:proposes ?dataset .
              ?dataset a pg:Dataset ; skos:prefLabel ?label .
            } GROUP BY ?dataset ?label ORDER BY DESC(?papers) ?label""";

    /** What metrics-for-task.rq answered before its answers were counted in advance. */
    private static final String LIVE_METRICS_FOR_TASK = """
            PREFIX pg:   <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?metric ?label (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
              ?target pg:labelKey ?key .
              ?addressed (skos:broader|skos:exactMatch)* ?target .
              ?paper pg:addressesTask ?addressed ; a pg:Paper ; pg:usesMetric ?metric .
              ?metric a pg:Metric ; skos:prefLabel ?label .
            } GROUP BY ?metric ?label ORDER BY DESC(?papers) ?label""";

    /** Every lookup key of the sample's concepts, as a user would type it. */
    private List<String> everyLookupKey() {
        return QueryResults.column(live("""
                PREFIX pg: <https://w3id.org/papergraph/ontology#>
                SELECT DISTINCT ?key WHERE { ?c pg:labelKey ?key } ORDER BY ?key"""), "key");
    }

    private List<List<String>> live(String query, String key, String... columns) {
        Map<String, org.apache.jena.graph.Node> bound = Map.of("key", org.apache.jena.graph.NodeFactory.createLiteralString(key));
        return sorted(rows(new QueryRunner(store, 0).select(QueryRunner.parse(query, "live.rq"), bound), columns));
    }

    private List<List<String>> counted(String query, String parameter, String key, String... columns) {
        return sorted(rows(QueryResults.named(store, query, Map.of(parameter, key)), columns));
    }

    /** Rows in a fixed order, and a "uses" list as a sorted set: GROUP_CONCAT's order is not defined. */
    private static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream()
                .map(row -> row.stream().map(cell -> cell.contains("; ")
                        ? String.join("; ", new java.util.TreeSet<>(List.of(cell.split("; ")))) : cell).toList())
                .sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }

    @Test
    void countedAnswersEqualTheLiveJoinsForEveryLookupKey() {
        List<String> keys = everyLookupKey();
        assertTrue(keys.size() > 1000, "lookup keys: " + keys.size());
        int answered = 0;
        for (String key : keys) {
            List<List<String>> tasks = live(LIVE_TASKS_FOR_METHOD, key, "task", "label", "papers");
            assertEquals(tasks, counted("tasks-for-method", "method", key, "task", "label", "papers"), key);
            List<List<String>> users = live(LIVE_METHODS_USING_METHOD, key, "m", "label", "uses", "papers");
            assertEquals(users, counted("methods-using-method", "method", key, "m", "label", "uses", "papers"), key);
            List<List<String>> datasets = live(LIVE_DATASETS_FOR_TASK, key, "dataset", "label", "papers");
            assertEquals(datasets, counted("datasets-for-task", "task", key, "dataset", "label", "papers"), key);
            List<List<String>> metrics = live(LIVE_METRICS_FOR_TASK, key, "metric", "label", "papers");
            assertEquals(metrics, counted("metrics-for-task", "task", key, "metric", "label", "papers"), key);
            answered += tasks.isEmpty() && users.isEmpty() && datasets.isEmpty() && metrics.isEmpty() ? 0 : 1;
        }
        assertTrue(answered > 100, "keys with an answer: " + answered);
        // A name any case and spacing finds the same counts; "rl" asks every concept called so.
        assertEquals(counted("tasks-for-method", "method", "reinforcement learning", "task", "papers"),
                counted("tasks-for-method", "method", " Reinforcement-Learning ", "task", "papers"));
    }

    private List<List<String>> rows(List<Binding> bindings, String... columns) {
        return bindings.stream().map(row -> java.util.Arrays.stream(columns)
                .map(c -> row.get(c).isLiteral() ? row.get(c).getLiteralLexicalForm() : row.get(c).getURI()).toList()).toList();
    }

    private List<Binding> live(String query) {
        return new QueryRunner(store, 0).select(QueryRunner.parse(query, "live.rq"), Map.of());
    }

    @Test
    void topMethodsReadsPrecomputedCountsThatEqualTheLiveJoin() {
        List<Binding> top = QueryResults.named(store, "top-methods", Map.of());
        assertEquals(25, top.size());
        assertEquals(rows(live(LIVE_TOP_METHODS), "method", "label", "papers"), rows(top, "method", "label", "papers"));
        assertTrue(QueryResults.column(top, "label").contains("reinforcement learning"), top.toString());
        int first = Integer.parseInt(top.get(0).get("papers").getLiteralLexicalForm());
        assertTrue(first >= 10, "the most used method is used by at least 10 sample papers: " + top);
    }

    @Test
    void methodCooccurrenceReadsPrecomputedPairsThatEqualTheLiveJoin() {
        List<Binding> pairs = QueryResults.named(store, "method-cooccurrence", Map.of());
        assertFalse(pairs.isEmpty());
        assertEquals(rows(live(LIVE_COOCCURRENCE), "first", "second", "papers"), rows(pairs, "first", "second", "papers"));
        pairs.forEach(row -> assertTrue(Integer.parseInt(row.get("papers").getLiteralLexicalForm()) >= 2));
    }

    @Test
    void evidenceGivesTheSentenceAndSpan() {
        List<Binding> rows = QueryResults.named(store, "evidence",
                Map.of("paper", "cyclical curriculum learning", "concept", "curriculum learning"));
        assertFalse(rows.isEmpty());
        for (Binding row : rows) {
            String sentence = row.get("sentence").getLiteralLexicalForm();
            String mention = row.get("mention").getLiteralLexicalForm();
            assertTrue(sentence.contains(mention), sentence + " / " + mention);
            assertTrue(Integer.parseInt(row.get("start").getLiteralLexicalForm())
                    < Integer.parseInt(row.get("end").getLiteralLexicalForm()));
        }
        // The paper found by its identifier or its IRI gives the same evidence as by its title.
        List<Binding> ids = live("""
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?p ?id WHERE { ?p dcterms:title "Cyclical Curriculum Learning" ; dcterms:identifier ?id }""");
        assertFalse(ids.isEmpty());
        List<List<String>> byTitle = rows(rows, "sentence", "start", "mention");
        for (Binding id : ids) {
            assertEquals(byTitle, rows(QueryResults.named(store, "evidence",
                    Map.of("paper", id.get("id").getLiteralLexicalForm(), "concept", "curriculum learning")), "sentence", "start", "mention"));
            assertEquals(byTitle, rows(QueryResults.named(store, "evidence",
                    Map.of("paper", "<" + id.get("p").getURI() + ">", "concept", "curriculum learning")), "sentence", "start", "mention"));
        }
        assertTrue(QueryResults.named(store, "evidence", Map.of("paper", "no such paper", "concept", "curriculum learning")).isEmpty());
    }

    @Test
    void parameterValuesAreBoundNotSpliced() {
        for (String hostile : List.of("x\" } ; DROP ALL ; #", "> . ?s ?p ?o FILTER(regex(?o, \"(a+)+$\")) #")) {
            assertTrue(QueryResults.named(store, "papers-using-method", Map.of("method", hostile)).isEmpty());
        }
        assertEquals(198, SampleCorpus.store().stats().papers());
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> QueryRunner.parse("SELECT ?s WHERE {\n  ?s ?p \n}", "broken.rq"));
        assertTrue(failure.getMessage().contains("broken.rq:3:1"), failure.getMessage());
    }
}
