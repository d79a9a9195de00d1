package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal entry cut short by a crash is rolled back; committed data survives. */
class TornJournalTest {

    private static byte[] entry(int dataLength) {
        ByteBuffer b = ByteBuffer.allocate(28 + dataLength);
        b.putInt(dataLength);
        return b.array();
    }

    @Test
    void aTornTailIsCutAtTheLastCompleteEntry(@TempDir Path dir) throws IOException {
        Path journal = dir.resolve("journal.jrnl");
        byte[] complete = entry(24);
        byte[] torn = java.util.Arrays.copyOf(entry(24), 28 + 5);
        byte[] both = new byte[complete.length + torn.length];
        System.arraycopy(complete, 0, both, 0, complete.length);
        System.arraycopy(torn, 0, both, complete.length, torn.length);
        Files.write(journal, both);
        assertTrue(TornJournal.truncateTornTail(journal));
        assertEquals(complete.length, Files.size(journal));
        assertFalse(TornJournal.truncateTornTail(journal), "a whole journal is left alone");
    }

    @Test
    void aDatabaseWithATornJournalOpensWithItsCommittedData(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        Quad quad = Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("kept"));
        try (PaperStore store = PaperStore.open(db)) {
            store.add(List.of(quad));
        }
        Path journal;
        try (var dirs = Files.list(db)) {
            journal = dirs.filter(p -> p.getFileName().toString().startsWith("Data-")).findFirst().orElseThrow()
                    .resolve("journal.jrnl");
        }
        // What a kill -9 in the middle of writing the next transaction's first entry leaves behind.
        Files.write(journal, java.util.Arrays.copyOf(entry(24), 28 + 3), java.nio.file.StandardOpenOption.APPEND);
        try (PaperStore store = PaperStore.open(db)) {
            boolean found = store.read((org.apache.jena.sparql.core.DatasetGraph dsg) -> dsg.contains(quad));
            assertTrue(found);
        }
    }
}
