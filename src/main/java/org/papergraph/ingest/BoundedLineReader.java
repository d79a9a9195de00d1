package org.papergraph.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of any length in constant memory: a line longer than the limit is consumed and reported
 * as too long instead of being held, so one runaway line cannot exhaust the heap. CR, LF and CRLF end a line.
 */
final class BoundedLineReader {

    /** One line and its 1-based number; {@code text} is null when the line was over the limit. */
    record Line(int number, String text, long length) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader reader;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder current = new StringBuilder();
    private int position;
    private int limit;
    private int number;
    private boolean pendingCr;

    BoundedLineReader(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        current.setLength(0);
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(length) : null;
                }
            }
            char c = buffer[position++];
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                pendingCr = c == '\r';
                return finish(length);
            }
            length++;
            if (length <= maxChars) {
                current.append(c);
            }
        }
    }

    private Line finish(long length) {
        number++;
        return new Line(number, length > maxChars ? null : current.toString(), length);
    }
}
