package org.papergraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Bytes a database directory takes on disk (the sum of its files' lengths). */
public final class DiskUsage {

    private DiskUsage() {
    }

    public static long of(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(DiskUsage::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // A file compaction deleted while we walked: it no longer takes space.
            return 0;
        }
    }
}
