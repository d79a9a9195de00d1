package org.papergraph.testing;

import java.util.Map;

/**
 * The known ways to make a SPARQL engine work forever, for timeout tests. Java's regex engine shrugs off
 * the textbook {@code (a+)+$}; {@code (.*a){16}!} over 30 a's takes it over a minute per row.
 */
public final class PathologicalQueries {

    public static final Map<String, String> SHAPES = Map.of(
            "optional-not-exists", """
                    SELECT (COUNT(*) AS ?n) WHERE {
                      ?a ?p ?b . ?c ?q ?d
                      OPTIONAL { ?b ?r ?e FILTER NOT EXISTS { ?e ?s ?c } }
                    }""",
            "regex-backtracking", """
                    SELECT ?s WHERE {
                      ?s ?p ?o
                      FILTER(regex(CONCAT("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", STR(?p)), "(.*a){16}!"))
                    }""",
            "cartesian-product", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");

    private PathologicalQueries() {
    }
}
