package org.papergraph.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

/**
 * Parameters given as name=value. A value in angle brackets is an IRI; anything else is a plain
 * string literal. Values become RDF terms and are bound to variables, never pasted into query text.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Map<String, Node> parse(Map<String, String> raw) {
        Map<String, Node> bound = new LinkedHashMap<>();
        raw.forEach((name, value) -> bound.put(checkName(name), term(value)));
        return bound;
    }

    private static String checkName(String name) {
        String variable = name.startsWith("?") || name.startsWith("$") ? name.substring(1) : name;
        if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new QueryFailure("parameter name '" + name + "' is not a SPARQL variable name (letters, digits, _)");
        }
        return variable;
    }

    static Node term(String value) {
        if (value.length() > 2 && value.startsWith("<") && value.endsWith(">")) {
            String iri = value.substring(1, value.length() - 1);
            try {
                IRIs.checkEx(iri);
            } catch (RuntimeException e) {
                throw new QueryFailure("parameter value " + value + " is not a valid IRI: " + e.getMessage());
            }
            return NodeFactory.createURI(iri);
        }
        return NodeFactory.createLiteralString(value);
    }
}
