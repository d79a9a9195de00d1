package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.papergraph.bench.BenchCommand;
import org.papergraph.query.QueryFailure;
import org.papergraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The papergraph command line. */
@Command(name = "papergraph",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
                "Turns research-paper abstracts into an RDF knowledge graph of papers, methods, tasks, datasets",
                "and metrics, stored in Apache Jena TDB2, with the evidence sentence behind every statement.",
                "",
                "Start with:  papergraph build data/seeds",
                "Then ask:    papergraph query queries/papers-using-method.rq --param method=\"curriculum learning\""},
        footer = {"", ExitCodes.HELP},
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, ConceptsCommand.class,
                ServeCommand.class, StatsCommand.class, CompactCommand.class, ValidateCommand.class, EvalCommand.class,
                TrainNerCommand.class, TrainRelationsCommand.class, WordClustersCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** A command line whose build uses models already loaded (tests run many builds in one JVM). */
    static CommandLine commandLine(Supplier<BuildModels> models) {
        CommandLine.IFactory standard = CommandLine.defaultFactory();
        return commandLine(new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == BuildCommand.class ? (K) new BuildCommand(models) : standard.create(type);
            }
        });
    }

    private static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Main(), factory);
        cli.setUsageHelpWidth(110);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setParameterExceptionHandler((e, ignored) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("papergraph: " + e.getMessage());
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        return cli;
    }

    /** The one place exceptions become messages and exit codes. */
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof UserError user) {
            err.println("papergraph: " + user.getMessage());
            return user.exitCode();
        }
        if (e instanceof QueryFailure query) {
            err.println("papergraph: " + query.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof StoreException store) {
            err.println("papergraph: " + store.getMessage());
            return ExitCodes.DATABASE;
        }
        NoSuchFileException missing = missingFile(e);
        if (missing != null) {
            // Commands check the paths they are given; this catches the ones read later, such as a default.
            err.println("papergraph: no such file or folder: " + missing.getFile() + " (relative paths are read from "
                    + Path.of("").toAbsolutePath() + "; see '" + cli.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.INPUT;
        }
        err.println("papergraph: unexpected failure: " + e);
        if (verbose(parsed)) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with -v for details.");
        }
        return ExitCodes.INTERNAL;
    }

    private static NoSuchFileException missingFile(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoSuchFileException missing) {
                return missing;
            }
        }
        return null;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("-v")) {
                return true;
            }
        }
        return false;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"papergraph " + (version == null ? "0.1.0-SNAPSHOT" : version)};
        }
    }
}
