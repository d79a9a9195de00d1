package org.papergraph.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A file to read, decoded as UTF-8 unless a byte-order mark says UTF-16. Undecodable bytes become
 * U+FFFD so that one bad byte does not cost the other records of the file. Gzip-compressed files are
 * recognised by their magic number, not their name, and read decompressed.
 */
public record InputFile(Path path) {

    private static final int SAMPLE_LINES = 400;

    public String name() {
        return path.getFileName().toString();
    }

    public BufferedReader openReader() throws IOException {
        InputStream raw = openBytes();
        BOMInputStream bom = BOMInputStream.builder()
                .setInputStream(raw)
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                .setInclude(false)
                .get();
        Charset charset = bom.hasBOM() ? Charset.forName(bom.getBOMCharsetName()) : StandardCharsets.UTF_8;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(bom, decoder), 1 << 16);
    }

    /** The decompressed bytes of the file. */
    public InputStream openBytes() throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        // GZIPInputStream reads concatenated members too, as `cat a.gz b.gz` and pigz produce.
        return first == 0x1f && second == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /** All lines; CR, LF and CRLF all end a line. */
    public List<String> readLines() throws IOException {
        try (BufferedReader reader = openReader()) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }

    public TextSample sample() throws IOException {
        try (BufferedReader reader = openReader()) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null && lines.size() < SAMPLE_LINES; line = reader.readLine()) {
                lines.add(line.length() > 20_000 ? line.substring(0, 20_000) : line);
            }
            return new TextSample(name(), lines);
        }
    }
}
