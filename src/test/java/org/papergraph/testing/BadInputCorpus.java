package org.papergraph.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.papergraph.ingest.FormatDetector;
import org.papergraph.ingest.IngestLimits;
import org.papergraph.ingest.IngestProblem;
import org.papergraph.ingest.InputFile;
import org.papergraph.ingest.InputReader;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperIds;
import org.papergraph.ingest.PaperSink;

/**
 * Bad inputs made from the real sample files, with a fixed seed so every run tries the same ones. Each
 * seed file gives a small excerpt (its first few records, page header included); the excerpt is then
 * truncated, has lines deleted, duplicated or shuffled, is re-encoded, gets invalid bytes, and so on.
 *
 * <p>Each input knows which papers must still load: a record of the excerpt whose lines all survive,
 * together and in order, is well formed and must load whatever happened around it.
 */
public final class BadInputCorpus {

    private static final int RECORDS_PER_EXCERPT = 4;
    private static final long SEED = 8;

    /** One bad input: its bytes, the papers that must load from it, and a problem it must report, if any. */
    public record BadInput(String name, String kind, byte[] content, Set<String> mustLoad, String mustReport) {
    }

    private record Excerpt(String name, List<String> lines, List<List<String>> records, List<Integer> titleIndexes) {
    }

    private final Random random = new Random(SEED);
    private final List<BadInput> inputs = new ArrayList<>();

    private BadInputCorpus() {
    }

    public static List<BadInput> generate() {
        BadInputCorpus corpus = new BadInputCorpus();
        try (var seeds = Files.list(SampleCorpus.seeds())) {
            for (Path seed : seeds.sorted().toList()) {
                corpus.mutate(excerpt(seed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        corpus.standalone();
        return List.copyOf(corpus.inputs);
    }

    private void mutate(Excerpt excerpt) {
        byte[] clean = utf8(String.join("\n", excerpt.lines()) + "\n");
        add(excerpt, "clean", clean, null);
        for (int i = 0; i < 15; i++) {
            add(excerpt, "truncated", Arrays.copyOf(clean, 1 + random.nextInt(clean.length - 1)), null);
        }
        for (int i = 0; i < 8; i++) {
            List<String> lines = new ArrayList<>(excerpt.lines());
            lines.remove(nonBlankIndex(lines));
            add(excerpt, "line-deleted", lines, null);
        }
        for (int i = 0; i < 8; i++) {
            List<String> lines = new ArrayList<>(excerpt.lines());
            int at = nonBlankIndex(lines);
            lines.add(at, lines.get(at));
            add(excerpt, "line-duplicated", lines, null);
        }
        for (int i = 0; i < 5; i++) {
            List<List<String>> blocks = new ArrayList<>();
            for (int at = 0; at < excerpt.lines().size(); ) {
                int end = Math.min(excerpt.lines().size(), at + 1 + random.nextInt(6));
                blocks.add(excerpt.lines().subList(at, end));
                at = end;
            }
            Collections.shuffle(blocks, random);
            add(excerpt, "blocks-shuffled", blocks.stream().flatMap(List::stream).toList(), null);
        }
        byte[][] invalid = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        for (int i = 0; i < 5; i++) {
            byte[] bytes = clean;
            for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                bytes = insert(bytes, random.nextInt(bytes.length), invalid[random.nextInt(invalid.length)]);
            }
            add(excerpt, "invalid-utf8", bytes, null);
        }
        String text = String.join("\n", excerpt.lines()) + "\n";
        add(excerpt, "utf16le-bom", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)), null);
        add(excerpt, "utf16be-bom", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)), null);
        add(excerpt, "crlf", utf8(text.replace("\n", "\r\n")), null);
        add(excerpt, "cr", utf8(text.replace("\n", "\r")), null);
        for (int i = 0; i < 4; i++) {
            byte[] bytes = clean;
            for (int k = 0, n = 1 + random.nextInt(5); k < n; k++) {
                bytes = insert(bytes, random.nextInt(bytes.length), new byte[] {0});
            }
            add(excerpt, "nul-bytes", bytes, null);
        }
        int second = excerpt.titleIndexes().get(1);
        List<String> huge = new ArrayList<>(excerpt.lines());
        huge.add(second, "lorem ipsum ".repeat(5_000_000 / 12));
        add(excerpt, "line-5mb", huge, "--max-line-chars");
        List<String> longAbstract = new ArrayList<>(excerpt.lines());
        String abstractLine = excerpt.records().get(1).stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        int abstractAt = second;
        while (!longAbstract.get(abstractAt).strip().equals(abstractLine)) {
            abstractAt++;
        }
        longAbstract.set(abstractAt, (abstractLine + " ").repeat(100_000 / abstractLine.length() + 1).substring(0, 100_000));
        add(excerpt, "abstract-100k", longAbstract, "--max-abstract-chars");
        add(excerpt, "title-punctuation", retitled(excerpt, "?!... -- ;: (*) [!!!] ..."), null);
        List<String> emoji = retitled(excerpt, "\uD83D\uDE80 Curriculum Learning for Robots \uD83E\uDD16 with Emoji Rewards \uD83D\uDE00");
        add(excerpt, "title-emoji", emoji, null, PaperIds.fromTitle(emoji.get(second)));
        List<String> rtl = retitled(excerpt, "\u062A\u0639\u0644\u0645 \u0627\u0644\u0645\u0646\u0647\u062C \u0644\u0646\u0645\u0627\u0630\u062C \u0627\u0644\u0644\u063A\u0629 "
                + "\u05DC\u05DE\u05D9\u05D3\u05D4 curriculum learning");
        add(excerpt, "title-rtl", rtl, null, PaperIds.fromTitle(rtl.get(second)));
    }

    private static Set<String> paperIds(java.nio.file.Path file) throws IOException {
        Set<String> ids = new java.util.HashSet<>();
        new org.papergraph.ingest.InputReader(org.papergraph.ingest.FormatDetector.standard(org.papergraph.ingest.IngestLimits.DEFAULT))
                .read(List.of(file), new org.papergraph.ingest.PaperSink() {
                    @Override
                    public void paper(org.papergraph.ingest.Paper paper) {
                        ids.add(paper.id());
                    }

                    @Override
                    public void problem(org.papergraph.ingest.IngestProblem problem) {
                    }
                });
        return ids;
    }

    /** Inputs not made from one excerpt: an empty file, binary files, HTML. */
    private void standalone() {
        inputs.add(new BadInput("empty.txt", "empty", new byte[0], Set.of(), "empty"));
        byte[] noise = new byte[8192];
        random.nextBytes(noise);
        inputs.add(new BadInput("noise.bin", "binary", noise, Set.of(), "no known format"));
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, Arrays.copyOf(noise, 2048));
        inputs.add(new BadInput("figure.png", "binary", png, Set.of(), "no known format"));
        try {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(Files.readAllBytes(SampleCorpus.seed("001_")));
            }
            // Compressed input is a supported way in (gzip is detected by its magic bytes): every paper loads.
            inputs.add(new BadInput("listing.txt.gz", "gzip-listing", zipped.toByteArray(), paperIds(SampleCorpus.seed("001_")), null));
            List<String> lines = Files.readAllLines(SampleCorpus.seed("001_"), StandardCharsets.UTF_8).subList(0, 12);
            StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Daily Papers</title>\n"
                    + "<script>window.papers = [];</script></head>\n<body>\n");
            for (String line : lines) {
                page.append("<div class=\"paper\"><p>").append(line.replace("&", "&amp;")).append("</p></div>\n");
            }
            page.append("</body></html>\n");
            inputs.add(new BadInput("page.html", "html-page", utf8(page.toString()), Set.of(), null));
            StringBuilder fragments = new StringBuilder();
            for (String line : lines) {
                fragments.append(line.length() > 200 ? line.replaceFirst(" ", " <b>bold</b> &amp; <a href=\"x\">link</a> ") : line).append('\n');
            }
            inputs.add(new BadInput("pasted-fragments.txt", "html-fragments", utf8(fragments.toString()), Set.of(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> retitled(Excerpt excerpt, String title) {
        List<String> lines = new ArrayList<>(excerpt.lines());
        lines.set(excerpt.titleIndexes().get(1), title);
        return lines;
    }

    private int nonBlankIndex(List<String> lines) {
        while (true) {
            int at = random.nextInt(lines.size());
            if (!lines.get(at).isBlank()) {
                return at;
            }
        }
    }

    private void add(Excerpt excerpt, String kind, List<String> lines, String mustReport, String... alsoMustLoad) {
        add(excerpt, kind, utf8(String.join("\n", lines) + "\n"), mustReport, alsoMustLoad);
    }

    private void add(Excerpt excerpt, String kind, byte[] content, String mustReport, String... alsoMustLoad) {
        List<String> lines = nonBlankLines(content);
        Set<String> mustLoad = new HashSet<>(Arrays.asList(alsoMustLoad));
        for (List<String> record : excerpt.records()) {
            if (Collections.indexOfSubList(lines, record) >= 0) {
                mustLoad.add(PaperIds.fromTitle(record.get(0).replaceFirst("^Subscribe", "")));
            }
        }
        String name = String.format("%s-%s-%03d.txt", excerpt.name(), kind, inputs.size());
        inputs.add(new BadInput(name, kind, content, mustLoad, mustReport));
    }

    /** The first records of a seed file with the page header before them, and each record's lines. */
    private static Excerpt excerpt(Path seed) throws IOException {
        List<String> all = new InputFile(seed).readLines();
        List<Integer> titleLines = new ArrayList<>();
        new InputReader(FormatDetector.standard(IngestLimits.DEFAULT)).read(List.of(seed), new PaperSink() {
            @Override
            public void paper(Paper paper) {
                titleLines.add(paper.source().line());
            }

            @Override
            public void problem(IngestProblem problem) {
            }
        });
        int records = Math.min(RECORDS_PER_EXCERPT, titleLines.size());
        int end = records < titleLines.size() ? titleLines.get(records) - 1 : all.size();
        List<String> lines = all.subList(0, end);
        List<List<String>> recordLines = new ArrayList<>();
        List<Integer> titleIndexes = new ArrayList<>();
        for (int r = 0; r < records; r++) {
            int from = titleLines.get(r) - 1;
            int to = r + 1 < records ? titleLines.get(r + 1) - 1 : end;
            titleIndexes.add(from);
            recordLines.add(lines.subList(from, to).stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
        String name = seed.getFileName().toString().substring(0, 3);
        return new Excerpt(name, List.copyOf(lines), recordLines, titleIndexes);
    }

    /** The file's non-blank lines as a reader sees them: BOM-aware, bad bytes replaced, any line end. */
    private static List<String> nonBlankLines(byte[] content) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(content, skip, content.length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(text.split("\r\n|\r|\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(b, 0, a);
    }
}
