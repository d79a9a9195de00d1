package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits the author fields of structured sources into "First Last" names. */
final class AuthorNames {

    private static final Pattern AND = Pattern.compile("\\s+and\\s+|\\s*&\\s*");

    private AuthorNames() {
    }

    /**
     * A free-text author list: "A. Smith, B. Jones and C. Lee" (arXiv), "Smith, Alice; Jones, Bob"
     * (Zotero and Scopus tables: semicolons separate people, commas invert names).
     */
    static List<String> split(String field) {
        List<String> names = new ArrayList<>();
        if (field == null || field.isBlank()) {
            return names;
        }
        if (field.contains(";")) {
            for (String person : field.split(";")) {
                addInverted(person, names);
            }
            return names;
        }
        for (String part : AND.split(field.strip())) {
            for (String person : part.split(",")) {
                String name = person.strip();
                if (!name.isEmpty() && !name.equalsIgnoreCase("et al.") && !name.equalsIgnoreCase("others")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** BibTeX's author field: names separated by "and", each "Last, First" or "First Last". */
    static List<String> bibtex(String field) {
        List<String> names = new ArrayList<>();
        if (field == null || field.isBlank()) {
            return names;
        }
        for (String person : field.strip().split("\\s+and\\s+")) {
            if (!person.strip().equalsIgnoreCase("others")) {
                addInverted(person, names);
            }
        }
        return names;
    }

    /** The snapshot's authors_parsed entry: [last, first, suffix]. */
    static String fromParts(List<String> parts) {
        StringBuilder name = new StringBuilder();
        if (parts.size() > 1 && !parts.get(1).isBlank()) {
            name.append(parts.get(1).strip());
        }
        if (!parts.isEmpty() && !parts.get(0).isBlank()) {
            name.append(name.isEmpty() ? "" : " ").append(parts.get(0).strip());
        }
        if (parts.size() > 2 && !parts.get(2).isBlank()) {
            name.append(' ').append(parts.get(2).strip());
        }
        return name.toString();
    }

    /** "Smith, Alice" → "Alice Smith"; "von Neumann, Jr., John" → "John von Neumann Jr."; "Alice Smith" stays. */
    private static void addInverted(String person, List<String> names) {
        String[] parts = person.strip().split("\\s*,\\s*");
        String name = switch (parts.length) {
            case 2 -> parts[1] + " " + parts[0];
            case 3 -> parts[2] + " " + parts[0] + " " + parts[1];
            default -> person.strip();
        };
        if (!name.isBlank()) {
            names.add(name.strip());
        }
    }
}
