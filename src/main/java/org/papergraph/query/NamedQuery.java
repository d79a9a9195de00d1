package org.papergraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query file with its header: the comment lines at the top say what it answers, and a
 * "Parameters:" line names the variables a caller must bind ("# Parameters: ?method ...").
 */
public record NamedQuery(String name, String text, String description, Set<String> parameters) {

    private static final Pattern PARAMETER = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

    /** The named queries shipped with papergraph (queries/ in the repository, also on the classpath). */
    public static final List<String> SHIPPED = List.of("papers-using-method", "methods-using-method",
            "tasks-for-method", "datasets-for-task", "metrics-for-task", "papers-proposing", "top-methods",
            "method-cooccurrence", "evidence");

    public NamedQuery {
        parameters = Set.copyOf(parameters);
    }

    public static NamedQuery of(String name, String text) {
        StringBuilder description = new StringBuilder();
        Set<String> parameters = new LinkedHashSet<>();
        boolean inParameters = false;
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                if (trimmed.isEmpty()) {
                    continue;
                }
                break;
            }
            String comment = trimmed.replaceFirst("^#+\\s?", "");
            boolean continuation = inParameters && comment.startsWith(" ") && comment.strip().matches("^[?$].*");
            inParameters = comment.regionMatches(true, 0, "Parameters:", 0, 11) || continuation;
            if (inParameters) {
                Matcher m = PARAMETER.matcher(comment);
                if (m.find()) {
                    parameters.add(m.group(1));
                }
            } else if (description.isEmpty() && !comment.isBlank()) {
                description.append(comment);
            }
        }
        return new NamedQuery(name, text, description.toString(), parameters);
    }

    /** Reads a query from a path, or failing that a shipped query by name ("papers-using-method"). */
    public static NamedQuery load(String pathOrName) throws IOException {
        Path path = Path.of(pathOrName);
        if (Files.isRegularFile(path)) {
            return of(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        }
        Optional<String> shipped = shipped(path.getFileName().toString().replaceFirst("\\.rq$", ""));
        if (shipped.isPresent()) {
            return of(pathOrName, shipped.get());
        }
        throw new QueryFailure("query file " + pathOrName + " not found; give a path to a .rq file or one of: "
                + String.join(", ", SHIPPED));
    }

    public static Optional<String> shipped(String name) throws IOException {
        try (InputStream in = NamedQuery.class.getResourceAsStream("/queries/" + name + ".rq")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public static List<NamedQuery> allShipped() throws IOException {
        List<NamedQuery> queries = new ArrayList<>();
        for (String name : SHIPPED) {
            shipped(name).ifPresent(text -> queries.add(of(name, text)));
        }
        return queries;
    }
}
