package org.papergraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.papergraph.eval.AnnotationFormatException;
import org.papergraph.eval.SciercDocument;
import org.papergraph.eval.SciercReader;
import org.papergraph.eval.SeedGold;

/** Reads the annotation files named on the command line; a missing or malformed one is the user's to fix. */
final class AnnotationFiles {

    private AnnotationFiles() {
    }

    static List<SciercDocument> scierc(Path file) throws IOException {
        requireFile(file, "SciERC file");
        try {
            return new SciercReader().read(file);
        } catch (AnnotationFormatException e) {
            throw new UserError(ExitCodes.INPUT, e.getMessage() + "; expected one JSON document per line with"
                    + " \"sentences\", \"ner\" and \"relations\", as in ../shared/scierc/train.json");
        }
    }

    static SeedGold seedGold(Path file) throws IOException {
        requireFile(file, "seed annotation");
        try {
            return SeedGold.read(file);
        } catch (AnnotationFormatException e) {
            throw new UserError(ExitCodes.INPUT, e.getMessage() + "; expected one JSON object per line with"
                    + " \"title\", \"proposes\" and \"uses\", as in ../shared/gold/seed-dev.jsonl");
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(ExitCodes.INPUT, what + " " + file + " does not exist");
        }
    }
}
