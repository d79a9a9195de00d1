package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal entry cut short by a crash is rolled back; committed data survives. The journals here are
 * written by Jena's own {@link Journal}, so the entry layout is the one a real crash leaves behind.
 */
class TornJournalTest {

    /** Real journal bytes: a redo entry of each given data length, then a commit entry. */
    private static byte[] journal(Path scratch, int... dataLengths) throws IOException {
        Files.createDirectories(scratch);
        Journal journal = Journal.create(Location.create(scratch.toString()));
        ComponentId component = ComponentId.allocLocal();
        for (int length : dataLengths) {
            byte[] data = new byte[length];
            Arrays.fill(data, (byte) 7);
            journal.write(JournalEntryType.REDO, component, ByteBuffer.wrap(data));
        }
        journal.write(JournalEntryType.COMMIT, component, null);
        journal.sync();
        journal.close();
        return Files.readAllBytes(scratch.resolve("journal.jrnl"));
    }

    @Test
    void everyCutInsideTheLastEntryIsRolledBackToTheEntryBefore(@TempDir Path dir) throws IOException {
        byte[] whole = journal(dir.resolve("scratch"), 24, 24, 40);
        int completeEnd = 2 * TornJournal.HEADER + 24 + 24;    // after the two 24-byte redo entries
        int lastStart = completeEnd + TornJournal.HEADER + 40; // the commit entry, which has no data
        assertEquals(lastStart + TornJournal.HEADER, whole.length, "the header size matches Jena's journal");
        Path journal = dir.resolve("journal.jrnl");
        for (int cut = lastStart + 1; cut < whole.length; cut++) {
            Files.write(journal, Arrays.copyOf(whole, cut));
            assertTrue(TornJournal.truncateTornTail(journal), "cut at byte " + cut);
            assertEquals(lastStart, Files.size(journal), "cut at byte " + cut);
        }
        for (int cut = completeEnd + 1; cut < lastStart; cut++) {
            Files.write(journal, Arrays.copyOf(whole, cut));
            assertTrue(TornJournal.truncateTornTail(journal), "cut at byte " + cut);
            assertEquals(completeEnd, Files.size(journal), "cut at byte " + cut);
        }
        Files.write(journal, whole);
        assertFalse(TornJournal.truncateTornTail(journal), "a whole journal is left alone");
        assertEquals(whole.length, Files.size(journal));
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
        // What a kill -9 leaves when it lands in the header of the next transaction's second entry.
        byte[] next = journal(dir.resolve("scratch"), 24);
        Files.write(journal, Arrays.copyOf(next, TornJournal.HEADER + 24 + 11), java.nio.file.StandardOpenOption.APPEND);
        try (PaperStore store = PaperStore.open(db)) {
            boolean found = store.read((org.apache.jena.sparql.core.DatasetGraph dsg) -> dsg.contains(quad));
            assertTrue(found);
        }
    }
}
