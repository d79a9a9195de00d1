package org.papergraph.cli;

/** Exit codes scripts can test; documented in the README and in {@code papergraph --help}. */
public final class ExitCodes {

    public static final int OK = 0;
    /** An unexpected failure (a bug): the message says what failed; run with -v for the stack trace. */
    public static final int INTERNAL = 1;
    /** The command line or a query is wrong: unknown option, SPARQL syntax error, missing parameter. */
    public static final int USAGE = 2;
    /** Some input could not be read: a file in no known format, or records skipped (each reported with file:line). The rest loaded. */
    public static final int INPUT = 3;
    /** The database is in use by another papergraph process, or cannot be opened. */
    public static final int DATABASE = 4;

    public static final String HELP = """
            Exit codes: 0 done; 1 unexpected failure (run with -v for details); 2 wrong usage or query;
            3 some input skipped (see the file:line messages; the rest was loaded); 4 database in use or unreadable.""";

    private ExitCodes() {
    }
}
