package org.papergraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.papergraph.extract.ConceptClass;
import org.papergraph.query.ConceptTree;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "concepts",
        description = {
                "Prints the concept hierarchy with paper counts.",
                "Each concept (skos:broader tree) is followed by the narrower concepts under it; a count is the",
                "papers that mention the concept or anything under it."},
        footer = {"", "Examples:", "  papergraph concepts --under \"curriculum learning\"",
                "  papergraph concepts --class method --min-papers 3", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class ConceptsCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--class", paramLabel = "CLASS", description = "Only method, task, dataset or metric.")
    private String type;

    @Option(names = "--under", paramLabel = "LABEL", description = "Only the concept with this label (or acronym) and what is under it.")
    private String under;

    @Option(names = "--min-papers", paramLabel = "N", description = "Hide concepts with fewer papers (default: 2 for the whole tree, 1 under a concept).")
    private Integer minPapers;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "10", description = "Levels to print (default: ${DEFAULT-VALUE}).")
    private int depth;

    @Override
    public Integer call() {
        ConceptClass filter = null;
        if (type != null) {
            try {
                filter = ConceptClass.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserError(ExitCodes.USAGE, "unknown --class '" + type + "'; use method, task, dataset or metric");
            }
        }
        try (PaperStore store = common.openExisting()) {
            ConceptTree tree = ConceptTree.read(store.datasetGraph());
            List<ConceptTree.Entry> roots;
            if (under != null) {
                roots = List.of(tree.find(under).orElseThrow(() -> new UserError(ExitCodes.USAGE,
                        "no concept labelled '" + under + "'; try papergraph concepts --min-papers 1 to see them all")));
            } else {
                roots = tree.roots(filter);
            }
            int threshold = minPapers != null ? minPapers : under != null ? 1 : 2;
            for (ConceptTree.Entry root : roots) {
                print(tree, root, 0, threshold, new HashSet<>(), System.out);
            }
        }
        return ExitCodes.OK;
    }

    private void print(ConceptTree tree, ConceptTree.Entry entry, int level, int threshold, Set<Node> seen, PrintStream out) {
        int papers = tree.papersUnder(entry).size();
        if (papers < threshold || level >= depth || !seen.add(entry.concept())) {
            return;
        }
        out.printf(Locale.ROOT, "%s%s  [%s] %d paper%s%n", "  ".repeat(level), entry.label(),
                entry.type().localName(), papers, papers == 1 ? "" : "s");
        entry.narrower().stream().sorted(tree.byPapers())
                .forEach(child -> print(tree, child, level + 1, threshold, seen, out));
    }
}
