package org.papergraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.apache.jena.dboe.transaction.txn.ComponentId;

/**
 * Repairs a TDB2 journal whose last entry was cut short by a crash (kill -9 while the entry was being
 * written). Jena's recovery replays the journal up to its last commit, but stops with "Failed to read
 * the journal entry data" on a torn final entry instead of treating it as the unfinished write it is.
 * Cutting the journal back to the end of its last complete entry keeps every committed transaction
 * for Jena to replay and drops only the write that never finished.
 */
final class TornJournal {

    /**
     * Entry header: data length, checksum and entry type (4 bytes each), then the component id. Its size
     * comes from Jena itself: the id shrank to 4 bytes in recent versions, and a hand-written 16 made the
     * walk land mid-entry and miss torn tails.
     */
    static final int HEADER = 3 * Integer.BYTES + ComponentId.SIZE;

    private TornJournal() {
    }

    static boolean looksTorn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Failed to read the journal entry data") || message.contains("Partial read of journal file")) {
                return true;
            }
        }
        return false;
    }

    /** Truncates every torn journal of the database; true when one was cut. */
    static boolean repair(Path database) {
        try (Stream<Path> dirs = Files.list(database)) {
            boolean repaired = false;
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path journal = dir.resolve("journal.jrnl");
                if (Files.isRegularFile(journal)) {
                    repaired |= truncateTornTail(journal);
                }
            }
            return repaired;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean truncateTornTail(Path journal) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long position = 0;
            ByteBuffer length = ByteBuffer.allocate(4);
            while (position + HEADER <= size) {
                length.clear();
                channel.read(length, position);
                length.flip();
                int dataLength = Math.max(0, length.getInt());
                if (position + HEADER + dataLength > size) {
                    break;
                }
                position += HEADER + dataLength;
            }
            if (position == size) {
                return false;
            }
            channel.truncate(position);
            channel.force(true);
            return true;
        }
    }

}
