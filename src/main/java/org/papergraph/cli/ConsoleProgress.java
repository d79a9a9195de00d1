package org.papergraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.papergraph.build.BuildListener;
import org.papergraph.ingest.IngestProblem;

/**
 * Shows a build on the terminal: a progress bar when stderr is a terminal, and each input problem
 * as "file:line: message" (the first few, then a count).
 */
final class ConsoleProgress implements BuildListener {

    private static final int PROBLEMS_SHOWN = 20;

    private final PrintStream err;
    private final boolean bar;
    private final AtomicInteger problems = new AtomicInteger();
    private ProgressBar progress;

    ConsoleProgress(PrintStream err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    @Override
    public synchronized void phase(String description) {
        if (!bar) {
            return;
        }
        if (progress != null) {
            progress.setExtraMessage(description + "...");
        } else {
            err.println(description + "...");
        }
    }

    @Override
    public synchronized void compacted(long beforeBytes, long afterBytes) {
        String message = String.format(Locale.ROOT, "compacted the database: %.1f GB -> %.1f GB",
                beforeBytes / 1e9, afterBytes / 1e9);
        if (progress != null) {
            progress.setExtraMessage(message);
        } else if (bar) {
            err.println(message);
        }
    }

    @Override
    public void started(long records) {
        if (bar) {
            progress = new ProgressBarBuilder()
                    .setTaskName("Building")
                    .setInitialMax(records)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" papers", 1)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .showSpeed()
                    .build();
        }
    }

    @Override
    public synchronized void advanced(long records) {
        if (progress != null) {
            progress.stepBy(records);
        }
    }

    @Override
    public synchronized void problem(IngestProblem problem) {
        int n = problems.incrementAndGet();
        if (n <= PROBLEMS_SHOWN) {
            err.println("warning: " + problem);
        } else if (n == PROBLEMS_SHOWN + 1) {
            err.println("warning: more problems; the summary counts them all");
        }
    }

    @Override
    public synchronized void finished() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }
}
