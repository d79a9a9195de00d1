package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.papergraph.export.ExportFormat;
import org.papergraph.export.RdfExporter;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export",
        description = {
                "Writes the whole graph for other tools. turtle: the union of all graphs with readable prefixes;",
                "trig, nquads, jsonld: every named graph kept (one per paper, concepts, ontology)."},
        footer = {"", "Example: papergraph export --format turtle --out graph.ttl", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig, nquads or jsonld. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
        if (!Files.isDirectory(common.database())) {
            throw new UserError(ExitCodes.DATABASE, "no database at " + common.database()
                    + "; build one first (papergraph build data/seeds) or point --db at it");
        }
        try (PaperStore store = PaperStore.open(common.database())) {
            RdfExporter exporter = new RdfExporter(store);
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out);
                exporter.write(exportFormat, stdout);
                stdout.flush();
            } else {
                Path partial = out.resolveSibling(out.getFileName() + ".partial");
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
                    exporter.write(exportFormat, file);
                }
                Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                System.err.println("wrote " + out + " (" + Files.size(out) + " bytes, " + exportFormat.name().toLowerCase(java.util.Locale.ROOT) + ")");
            }
        }
        return ExitCodes.OK;
    }
}
