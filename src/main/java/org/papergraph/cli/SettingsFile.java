package org.papergraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.function.DoublePredicate;
import org.papergraph.train.TrainingSettings;

/**
 * Training settings named on the command line, or the shipped ones, with where they came from: a missing
 * file or a bad value is the user's to fix, so either is an input error that names it.
 *
 * @param source the file, or the shipped resource, for messages
 */
record SettingsFile(Properties properties, Object source) {

    /**
     * @param file     the settings file an option names, or null for the shipped ones
     * @param resource the shipped settings on the classpath
     * @param option   the option that names the file, for the message
     */
    static SettingsFile load(Path file, String resource, String option) throws IOException {
        if (file != null && !Files.isRegularFile(file)) {
            throw new UserError(ExitCodes.INPUT, option + " " + file + " does not exist; leave the option out for the"
                    + " shipped settings (" + resource + "), or copy and edit them");
        }
        return new SettingsFile(TrainingSettings.load(file, resource), file == null ? resource : file);
    }

    /** A whole-number setting of at least {@code least}. */
    int wholeNumber(String name, int defaultValue, int least) {
        String value = properties.getProperty(name, Integer.toString(defaultValue)).trim();
        try {
            int number = Integer.parseInt(value);
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, value, "a whole number of at least " + least);
    }

    /** A number setting that {@code valid} accepts ({@code expected} says which, for the message). */
    double number(String name, double defaultValue, DoublePredicate valid, String expected) {
        String value = properties.getProperty(name, Double.toString(defaultValue)).trim();
        try {
            double number = Double.parseDouble(value);
            if (valid.test(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, value, expected);
    }

    private UserError invalid(String name, String value, String expected) {
        return new UserError(ExitCodes.INPUT, String.format(Locale.ROOT, "%s=%s in %s: expected %s", name, value, source, expected));
    }
}
