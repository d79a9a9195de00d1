package org.papergraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One abstract per file, as people keep them in a folder of .txt files: the first line (or a first
 * short paragraph, for a title wrapped over two lines) is the title when it looks like one, the rest is
 * the abstract. Without a title line the file name stands in for the title.
 *
 * <p>Detection comes after every listing format and asks for one record only: a file of several
 * title/abstract pairs is a listing, a file of one title and its (possibly wrapped) paragraphs is this.
 */
final class PlainTextFormat implements InputFormat {

    private static final int MAX_TITLE_CHARS = 300;
    private static final int MIN_WORDS = 30;

    private final IngestLimits limits;

    PlainTextFormat(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public boolean detect(TextSample sample) {
        List<String> lines = sample.nonBlankLines();
        if (lines.isEmpty() || sample.lines().size() >= 400) {
            return false;
        }
        String first = lines.get(0).strip();
        if (first.startsWith("<") || first.startsWith("{") || first.startsWith("[") || first.startsWith("@")) {
            return false;
        }
        String all = String.join(" ", lines);
        long letters = all.codePoints().filter(c -> Character.isLetter(c) || Character.isWhitespace(c)).count();
        return all.split("\\s+").length >= MIN_WORDS && letters >= 0.8 * all.length() && all.contains(".");
    }

    @Override
    public void read(InputFile file, PaperSink sink) throws IOException {
        List<String> lines = file.readLines();
        List<NumberedLine> content = NumberedLine.nonBlank(lines);
        if (content.isEmpty()) {
            sink.problem(new IngestProblem(file.name(), 0, "file has no text; nothing to read"));
            return;
        }
        int titleLines = titleLines(lines);
        String title;
        int from;
        if (titleLines > 0) {
            title = String.join(" ", content.subList(0, titleLines).stream().map(NumberedLine::text).toList());
            from = titleLines;
        } else {
            title = titleFromFileName(file.name());
            from = 0;
        }
        List<String> body = new ArrayList<>();
        for (NumberedLine line : content.subList(from, content.size())) {
            body.add(line.text());
        }
        new PaperDraft(file.name(), content.get(0).number())
                .title(title)
                .abstractText(String.join(" ", body))
                .finish(sink, limits);
    }

    /**
     * How many leading non-blank lines form the title: the first paragraph when it is one or two short
     * lines with no closing full stop and more text follows; else the first line alone when the next
     * line starts a clearly longer paragraph; else none.
     */
    static int titleLines(List<String> lines) {
        List<List<String>> paragraphs = paragraphs(lines);
        if (paragraphs.size() < 1) {
            return 0;
        }
        List<String> head = paragraphs.get(0);
        if (paragraphs.size() >= 2 && head.size() <= 2 && looksLikeTitle(String.join(" ", head))) {
            return head.size();
        }
        // Hard-wrapped prose has lines of about equal length; a title line is followed by a much longer one.
        if (head.size() >= 2 && looksLikeTitle(head.get(0)) && head.get(1).length() >= 2 * head.get(0).length()) {
            return 1;
        }
        return 0;
    }

    private static boolean looksLikeTitle(String text) {
        String t = text.strip();
        return t.length() <= MAX_TITLE_CHARS && !t.endsWith(".") && t.split("\\s+").length <= 30
                && t.codePoints().anyMatch(Character::isLetter);
    }

    private static List<List<String>> paragraphs(List<String> lines) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /** "attention_is_all_you_need.txt" → "attention is all you need". */
    static String titleFromFileName(String fileName) {
        String stem = fileName.replaceAll("(?i)(\\.txt|\\.text|\\.gz)+$", "");
        return stem.replaceAll("[_\\-]+", " ").strip().toLowerCase(Locale.ROOT).isEmpty() ? fileName
                : stem.replaceAll("[_\\-]+", " ").strip();
    }
}
