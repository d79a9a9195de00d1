package org.papergraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.function.DoublePredicate;
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

    /** A whole-number setting of at least {@code least}; anything else is an input error naming it and its file. */
    static int wholeNumber(Properties props, String name, int defaultValue, int least, Object source) {
        String value = props.getProperty(name, Integer.toString(defaultValue)).trim();
        try {
            int number = Integer.parseInt(value);
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, value, source, "a whole number of at least " + least);
    }

    /** A number setting that {@code valid} accepts ({@code expected} says which, for the message). */
    static double number(Properties props, String name, double defaultValue, DoublePredicate valid, String expected,
                         Object source) {
        String value = props.getProperty(name, Double.toString(defaultValue)).trim();
        try {
            double number = Double.parseDouble(value);
            if (valid.test(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, value, source, expected);
    }

    private static UserError invalid(String name, String value, Object source, String expected) {
        return new UserError(ExitCodes.INPUT, String.format(Locale.ROOT, "%s=%s in %s: expected %s", name, value, source, expected));
    }
}
