package org.papergraph.cli;

import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papergraph.store.DiskUsage;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact",
        header = "Reclaims the disk space that rebuilds leave behind in the database.",
        description = {
                "Reclaims the space that rebuilds leave behind: TDB2 only appends, so a replaced paper graph",
                "still takes room until the database is compacted into a new generation and the old one deleted.",
                "Needs the database to itself (stop 'papergraph serve' first)."},
        footer = {"", "Example: papergraph compact", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class CompactCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Override
    public Integer call() {
        if (!Files.isDirectory(common.database())) {
            throw new UserError(ExitCodes.DATABASE, "no database at " + common.database()
                    + "; build one first (papergraph build data/seeds) or point --db at it");
        }
        long before = DiskUsage.of(common.database());
        try (PaperStore store = PaperStore.open(common.database())) {
            store.compact();
        }
        long after = DiskUsage.of(common.database());
        System.out.printf(Locale.ROOT, "Compacted %s: %s -> %s%n", common.database(), megabytes(before), megabytes(after));
        return ExitCodes.OK;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
