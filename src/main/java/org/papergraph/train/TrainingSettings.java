package org.papergraph.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Reads a checked-in settings file, from a path or else from the classpath. */
public final class TrainingSettings {

    private TrainingSettings() {
    }

    public static Properties load(Path file, String resource) throws IOException {
        Properties props = new Properties();
        if (file != null) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            }
            return props;
        }
        try (InputStream in = TrainingSettings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("settings " + resource + " not on the classpath");
            }
            props.load(in);
        }
        return props;
    }
}
