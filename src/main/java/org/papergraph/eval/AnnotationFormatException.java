package org.papergraph.eval;

import java.io.IOException;

/** A line of an annotation file (SciERC, the seed annotation) that cannot be read; the message names the file and line. */
public final class AnnotationFormatException extends IOException {

    public AnnotationFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
