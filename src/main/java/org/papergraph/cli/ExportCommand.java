package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.papergraph.export.ExportFormat;
import org.papergraph.export.GraphFormat;
import org.papergraph.export.GraphSelection;
import org.papergraph.export.Neo4jCsvWriter;
import org.papergraph.export.NodeClass;
import org.papergraph.export.PropertyGraph;
import org.papergraph.export.PropertyGraphReader;
import org.papergraph.export.RdfExporter;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.QueryRunner;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export",
        description = {
                "Writes the graph for other tools.",
                "RDF: turtle (the union of all graphs with readable prefixes); trig, nquads, jsonld (every named",
                "graph kept: one per paper, concepts, ontology).",
                "Property graph (papers and concepts as nodes, relations as edges weighted by supporting papers):",
                "gexf (Gephi), graphml (yEd, Cytoscape, NetworkX), cytoscape (Cytoscape.js JSON), dot (Graphviz),",
                "neo4j (nodes and relationships CSV for neo4j-admin database import; --out names a directory",
                "or a file prefix). The property graph can be narrowed with --concept/--depth, --class,",
                "--min-support, or built from a CONSTRUCT query with --query."},
        footer = {"", "Examples:",
                "  papergraph export --format turtle --out graph.ttl",
                "  papergraph export --format gexf --out graph.gexf",
                "  papergraph export --format dot --concept \"curriculum learning\" --depth 1 --out cl.dot",
                "  papergraph export --format neo4j --out neo4j/   (then: neo4j-admin database import full",
                "      --nodes=neo4j/nodes.csv --relationships=neo4j/relationships.csv --multiline-fields=true)",
                "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig, nquads, jsonld, gexf, graphml, cytoscape, dot or neo4j. Default: ${DEFAULT-VALUE}.")
    private String format;

    // A String, not a Path: a trailing slash (--out neo4j/) says "directory" and Path would drop it.
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private String outArgument;

    private Path out;

    @Option(names = "--concept", paramLabel = "LABEL",
            description = "Only the neighbourhood of this concept (label or acronym) or paper (title or id). Repeatable.")
    private List<String> concepts = new ArrayList<>();

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "Hops around --concept to keep, either direction (default: ${DEFAULT-VALUE}).")
    private int depth;

    @Option(names = "--class", paramLabel = "CLASS", split = ",",
            description = "Only nodes of these classes: paper, method, task, dataset, metric (comma-separated).")
    private List<String> classes = new ArrayList<>();

    @Option(names = "--min-support", paramLabel = "K", defaultValue = "0",
            description = "Leave out edges and concepts supported by fewer than K papers.")
    private int minSupport;

    @Option(names = "--query", paramLabel = "FILE",
            description = "Build the property graph from this CONSTRUCT query's result instead of the whole store.")
    private String query;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop a --query that runs longer (0: no limit). Default: ${DEFAULT-VALUE}.")
    private int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        out = outArgument == null ? null : Path.of(outArgument);
        Optional<GraphFormat> graphFormat = GraphFormat.find(format);
        ExportFormat rdfFormat = null;
        if (graphFormat.isEmpty()) {
            try {
                rdfFormat = ExportFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new UserError(ExitCodes.USAGE, "unknown export format '" + format + "'; use one of turtle, trig, nquads, jsonld, "
                        + GraphFormat.names());
            }
            if (!concepts.isEmpty() || !classes.isEmpty() || minSupport > 0 || query != null) {
                throw new UserError(ExitCodes.USAGE, "--concept, --class, --min-support and --query select part of the "
                        + "property graph; use them with --format " + GraphFormat.names());
            }
        }
        Set<NodeClass> nodeClasses = parseClasses();
        Query construct = query == null ? null : parseConstruct();
        if (graphFormat.orElse(null) == GraphFormat.NEO4J && out == null) {
            throw new UserError(ExitCodes.USAGE, "neo4j writes two files (nodes and relationships); give --out DIR/ or --out PREFIX");
        }
        try (PaperStore store = common.openExisting()) {
            if (rdfFormat != null) {
                ExportFormat chosen = rdfFormat;
                RdfExporter exporter = new RdfExporter(store);
                write(out, stream -> exporter.write(chosen, stream), chosen.name());
                return ExitCodes.OK;
            }
            PropertyGraph graph = readGraph(store, nodeClasses, construct);
            GraphFormat chosen = graphFormat.get();
            if (chosen == GraphFormat.NEO4J) {
                writeNeo4j(graph);
            } else {
                write(out, stream -> chosen.writer().write(graph, stream), chosen.name());
            }
            System.err.printf(Locale.ROOT, "%d nodes, %d edges%n", graph.nodes().size(), graph.edges().size());
        }
        return ExitCodes.OK;
    }

    private PropertyGraph readGraph(PaperStore store, Set<NodeClass> nodeClasses, Query construct) {
        PropertyGraphReader reader = new PropertyGraphReader(store.datasetGraph());
        try {
            Set<String> seeds = concepts.isEmpty() ? Set.of() : reader.seeds(concepts);
            GraphSelection selection = new GraphSelection(seeds, depth, nodeClasses, minSupport);
            return construct == null ? reader.read(selection) : reader.read(construct, selection, timeoutSeconds * 1000L);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
    }

    private Set<NodeClass> parseClasses() {
        Set<NodeClass> parsed = EnumSet.noneOf(NodeClass.class);
        try {
            classes.forEach(c -> parsed.add(NodeClass.parse(c)));
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
        return parsed;
    }

    private Query parseConstruct() throws IOException {
        NamedQuery named = NamedQuery.load(query);
        Query parsed = QueryRunner.parse(named.text(), named.name());
        if (!parsed.isConstructType()) {
            throw new UserError(ExitCodes.USAGE, named.name() + " is not a CONSTRUCT query; --query builds the graph "
                    + "from the triples a CONSTRUCT returns (e.g. CONSTRUCT { ?p pg:usesMethod ?m } WHERE { ... })");
        }
        return parsed;
    }

    private void writeNeo4j(PropertyGraph graph) throws IOException {
        boolean directory = Files.isDirectory(out) || outArgument.endsWith("/") || outArgument.endsWith(java.io.File.separator);
        Path nodes;
        Path relationships;
        if (directory) {
            Files.createDirectories(out);
            nodes = out.resolve("nodes.csv");
            relationships = out.resolve("relationships.csv");
        } else {
            nodes = out.resolveSibling(out.getFileName() + "-nodes.csv");
            relationships = out.resolveSibling(out.getFileName() + "-relationships.csv");
        }
        Neo4jCsvWriter writer = new Neo4jCsvWriter();
        write(nodes, stream -> writer.writeNodes(graph, stream), "neo4j nodes");
        write(relationships, stream -> writer.writeRelationships(graph, stream), "neo4j relationships");
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to standard output, or to a .partial file moved into place when complete. */
    private static void write(Path target, Body body, String what) throws IOException {
        if (target == null) {
            OutputStream stdout = new BufferedOutputStream(System.out);
            body.write(stdout);
            stdout.flush();
            return;
        }
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
            body.write(file);
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("wrote " + target + " (" + Files.size(absolute) + " bytes, " + what.toLowerCase(Locale.ROOT) + ")");
    }
}
