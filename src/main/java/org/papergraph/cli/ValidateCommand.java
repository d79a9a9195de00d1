package org.papergraph.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate",
        description = "Checks the graph against the SHACL shapes of ontology/shapes.ttl and reports each violation.",
        footer = {"", "Exit code 0 when there are no violations (warnings allowed), 1 otherwise.", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--show", paramLabel = "N", defaultValue = "20", description = "Print at most N results (default: ${DEFAULT-VALUE}).")
    private int show;

    @Override
    public Integer call() throws Exception {
        Shapes shapes;
        try (InputStream in = ValidateCommand.class.getResourceAsStream("/ontology/shapes.ttl")) {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            shapes = Shapes.parse(graph);
        }
        try (PaperStore store = common.openExisting()) {
            ValidationReport report = Txn.calculateRead(store.dataset(),
                    () -> ShaclValidator.get().validate(shapes, store.datasetGraph().getUnionGraph()));
            long violations = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).count();
            long warnings = report.getEntries().size() - violations;
            report.getEntries().stream().limit(show).forEach(e -> System.out.println(ShLib.displayStr(e.focusNode())
                    + "  " + e.severity().level().getLocalName() + ": " + e.message()));
            System.out.printf(Locale.ROOT, "%s: %d violations, %d warnings%n", violations == 0 ? "valid" : "not valid",
                    violations, warnings);
            return violations == 0 ? ExitCodes.OK : ExitCodes.INTERNAL;
        }
    }
}
