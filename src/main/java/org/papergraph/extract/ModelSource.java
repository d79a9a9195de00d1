package org.papergraph.extract;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a model is read from: the shipped classpath resource, or a file (a freshly trained model). */
public record ModelSource(String resource, Path file, String howToMake) {

    public static ModelSource classpath(String resource, String howToMake) {
        return new ModelSource(resource, null, howToMake);
    }

    public static ModelSource file(Path file) {
        return new ModelSource(null, file, null);
    }

    InputStream open() throws IOException {
        if (file != null) {
            return Files.newInputStream(file);
        }
        InputStream in = ModelSource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new FileNotFoundException("model " + resource + " is not on the classpath; run " + howToMake);
        }
        return in;
    }

    @Override
    public String toString() {
        return file != null ? file.toString() : resource;
    }
}
