package org.papergraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link BenchReport} as Markdown tables, ratios beside the figures they compare. */
final class MarkdownReport {

    private final StringBuilder out = new StringBuilder();

    static String render(BenchReport report, BenchSettings settings) {
        MarkdownReport md = new MarkdownReport();
        md.startup(report);
        md.passes(report, settings);
        md.scales(report, settings);
        md.queries(report);
        if (!report.notes.isEmpty()) {
            md.line("");
            report.notes.forEach(note -> md.line("- " + note));
        }
        return md.out.toString();
    }

    private void startup(BenchReport report) {
        if (report.startup == null) {
            return;
        }
        line("### Startup");
        line("");
        line("| stage | seconds since JVM start |");
        line("|---|---:|");
        line(f("| models loaded (CoreNLP + extractor + vocabulary) | %.1f |", report.startup.modelsLoadedSeconds()));
        line(f("| first abstract annotated, extracted, linked, in quads | %.1f |", report.startup.firstAbstractSeconds()));
        line("");
    }

    private void passes(BenchReport report, BenchSettings settings) {
        if (report.passes.isEmpty()) {
            return;
        }
        int n = settings.threads();
        BenchReport.PassPair bare = report.pass("bare");
        BenchReport.PassPair openIe = report.pass("openie");
        line("### Throughput (warm; 1 vs " + n + " threads measured back to back)");
        line("");
        line(f("| pass | papers | abstracts/s 1 thr | abstracts/s %d thr | speed-up | tokens/s 1 thr | tokens/s %d thr "
                + "| peak live heap | vs bare (%d thr) | vs OpenIE (%d thr) |", n, n, n, n));
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (BenchReport.PassPair pair : report.passes) {
            line(f("| %s | %d | %.1f | %.1f | %.2fx | %.0f | %.0f | %s | %s | %s |", pair.description(), pair.many().papers(),
                    pair.one().papersPerSecond(), pair.many().papersPerSecond(), pair.speedUp(),
                    pair.one().tokensPerSecond(), pair.many().tokensPerSecond(),
                    mb(Math.max(pair.one().peakLiveBytes(), pair.many().peakLiveBytes())),
                    ratio(pair, bare), ratio(pair, openIe)));
        }
        line("");
    }

    private void scales(BenchReport report, BenchSettings settings) {
        if (report.scales.isEmpty()) {
            return;
        }
        line("### Full build and TDB2 load by corpus size (" + settings.threads() + " threads)");
        line("");
        line("| papers | build time | abstracts/s | quads | peak live heap | on disk (compactions) | load: build path quads/s | load: Jena bulk (phased) quads/s | build path / bulk |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (BenchReport.Scale s : report.scales) {
            String load = s.load() == null ? "not measured | not measured | —" : f("%.0f | %.0f | %.2fx",
                    s.load().buildPathQuadsPerSecond(), s.load().bulkQuadsPerSecond(),
                    s.load().buildPathQuadsPerSecond() / s.load().bulkQuadsPerSecond());
            String disk = f("%.2f GB", s.diskBytes() / 1e9) + (s.compactions() < 0 ? "" : f(" (%d)", s.compactions()));
            line(f("| %d | %s | %.1f | %d | %s | %s | %s |", s.papers(), duration(s.build().seconds()),
                    s.build().papersPerSecond(), s.storedQuads(), mb(s.build().peakLiveBytes()), disk, load));
        }
        line("");
    }

    private void queries(BenchReport report) {
        if (report.scales.isEmpty()) {
            return;
        }
        line("### Named queries (warm, p50 / p95 in ms; rows returned)");
        line("");
        StringBuilder header = new StringBuilder("| query | parameters |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (BenchReport.Scale s : report.scales) {
            header.append(f(" %d papers: p50 | p95 | rows |", s.papers()));
            rule.append("---:|---:|---:|");
        }
        line(header.toString());
        line(rule.toString());
        Map<String, List<QueryLatency.Latency>> byQuery = new LinkedHashMap<>();
        for (BenchReport.Scale s : report.scales) {
            s.queries().forEach(q -> byQuery.computeIfAbsent(q.query(), k -> new ArrayList<>()).add(q));
        }
        byQuery.forEach((query, latencies) -> {
            StringBuilder row = new StringBuilder(f("| %s | %s |", query, parameters(latencies.get(latencies.size() - 1))));
            for (QueryLatency.Latency l : latencies) {
                row.append(f(" %.1f | %.1f | %d |", l.p50Millis(), l.p95Millis(), l.rows()));
            }
            line(row.toString());
        });
    }

    private static String parameters(QueryLatency.Latency latency) {
        if (latency.parameters().isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        latency.parameters().forEach((name, value) -> parts.add(name + "=\"" + shorten(value) + "\""));
        return String.join(", ", parts).replace("|", "\\|");
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    private static String ratio(BenchReport.PassPair pair, BenchReport.PassPair reference) {
        if (reference == null || reference == pair) {
            return "—";
        }
        return f("%.2fx", pair.many().papersPerSecond() / reference.many().papersPerSecond());
    }

    private static String mb(long bytes) {
        return f("%.0f MB", bytes / 1048576.0);
    }

    private static String duration(double seconds) {
        return seconds < 120 ? f("%.1f s", seconds) : f("%.1f min", seconds / 60);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
