package org.papergraph.cli;

import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papergraph.extract.ConceptClass;
import org.papergraph.store.PaperStore;
import org.papergraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", description = "Counts what the database holds: papers, concepts per class, evidence, triples.",
        footer = {"", ExitCodes.HELP}, mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        try (PaperStore store = common.openExisting()) {
            StoreStats stats = store.stats();
            System.out.printf(Locale.ROOT, "database  %s%n", common.database());
            System.out.printf(Locale.ROOT, "papers    %d%n", stats.papers());
            for (ConceptClass c : ConceptClass.values()) {
                System.out.printf(Locale.ROOT, "%-9s %d%n", c.localName().toLowerCase(Locale.ROOT) + "s",
                        stats.conceptsByClass().getOrDefault(c, 0L));
            }
            System.out.printf(Locale.ROOT, "evidence  %d%n", stats.evidence());
            System.out.printf(Locale.ROOT, "triples   %d%n", stats.quads());
        }
        return ExitCodes.OK;
    }
}
