package org.papergraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.papergraph.train.TrainingSettings;

/** Reads the training settings named on the command line; a missing one is the user's to fix. */
final class SettingsFiles {

    private SettingsFiles() {
    }

    /**
     * @param file     the settings file an option names, or null for the shipped ones
     * @param resource the shipped settings on the classpath
     * @param option   the option that names the file, for the message
     */
    static Properties load(Path file, String resource, String option) throws IOException {
        if (file != null && !Files.isRegularFile(file)) {
            throw new UserError(ExitCodes.INPUT, option + " " + file + " does not exist; leave the option out for the"
                    + " shipped settings (" + resource + "), or copy and edit them");
        }
        return TrainingSettings.load(file, resource);
    }
}
