package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.QueryParameters;
import org.papergraph.query.QueryRunner;
import org.papergraph.query.ResultFormat;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query",
        description = {
                "Runs a SPARQL query (a file, a shipped named query, or -e text).",
                "The query sees the union of all graphs. Parameters are bound as RDF terms through",
                "Jena's substitution API, never pasted into the query text: a value is a string literal, or",
                "an IRI when written in angle brackets (--param paper=<https://...>).",
                "A FILE that does not exist is looked up among the shipped named queries (queries/*.rq)."},
        footer = {"", "Examples:",
                "  papergraph query queries/papers-using-method.rq --param method=\"curriculum learning\"",
                "  papergraph query top-methods --format csv",
                "  papergraph query -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class QueryCommand implements Callable<Integer> {

    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

    @Mixin
    private CommonOptions common;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Parameters(index = "0", paramLabel = "FILE", description = "A .rq file, or the name of a shipped query.")
        String file;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text itself.")
        String expression;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "Binds ?NAME to VALUE (repeatable).")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json, xml (SELECT/ASK) or turtle (CONSTRUCT/DESCRIBE). Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop a query that runs longer (0: no limit). Default: ${DEFAULT-VALUE}.")
    private int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        NamedQuery named = source.file != null ? NamedQuery.load(source.file) : NamedQuery.of("-e", source.expression);
        ResultFormat resultFormat = ResultFormat.parse(format);
        checkParameters(named);
        Query query = QueryRunner.parse(named.text(), named.name());
        Map<String, Node> bound = QueryParameters.parse(params);
        try (PaperStore store = common.openExisting()) {
            OutputStream out = new BufferedOutputStream(System.out);
            new QueryRunner(store.datasetGraph(), timeoutSeconds * 1000L).run(query, bound, resultFormat, out);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private void checkParameters(NamedQuery named) {
        Set<String> missing = new TreeSet<>(named.parameters());
        missing.removeAll(params.keySet());
        if (!missing.isEmpty()) {
            throw new UserError(ExitCodes.USAGE, named.name() + " needs " + String.join(", ", missing.stream()
                    .map(p -> "--param " + p + "=VALUE").toList()) + (named.description().isEmpty() ? "" : " (" + named.description() + ")"));
        }
        Set<String> variables = new TreeSet<>();
        Matcher m = VARIABLE.matcher(named.text());
        while (m.find()) {
            variables.add(m.group(1));
        }
        for (String name : params.keySet()) {
            String variable = name.replaceFirst("^[?$]", "");
            if (!variables.contains(variable)) {
                throw new UserError(ExitCodes.USAGE, "parameter '" + name + "' is not a variable of " + named.name()
                        + (named.parameters().isEmpty() ? "" : "; it takes " + String.join(", ", named.parameters())));
            }
        }
    }
}
