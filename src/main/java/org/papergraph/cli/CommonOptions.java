package org.papergraph.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** Options every command shares: the database and verbosity. */
public final class CommonOptions {

    static final String DEFAULT_DB = "papergraph-db";

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 database directory (default: $PAPERGRAPH_DB, else ./" + DEFAULT_DB + ").")
    private Path db;

    private boolean verbose;

    @Option(names = {"-v", "--verbose"}, description = "Log what happens, including CoreNLP and Jena, and show stack traces.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbose ? Level.INFO : Level.WARN);
        ((Logger) LoggerFactory.getLogger("org.papergraph")).setLevel(verbose ? Level.DEBUG : Level.WARN);
        ((Logger) LoggerFactory.getLogger("edu.stanford.nlp")).setLevel(verbose ? Level.INFO : Level.ERROR);
    }

    public boolean verbose() {
        return verbose;
    }

    /** Opens the database for reading; a clear error when there is none yet. */
    public org.papergraph.store.PaperStore openExisting() {
        Path directory = database();
        if (!java.nio.file.Files.isDirectory(directory)) {
            throw new UserError(ExitCodes.DATABASE, "no database at " + directory
                    + "; build one first (papergraph build data/seeds) or point --db at it");
        }
        return org.papergraph.store.PaperStore.open(directory);
    }

    public Path database() {
        if (db != null) {
            return db;
        }
        String fromEnvironment = System.getenv("PAPERGRAPH_DB");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_DB : fromEnvironment);
    }
}
