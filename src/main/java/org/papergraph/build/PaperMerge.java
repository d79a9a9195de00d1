package org.papergraph.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PublicationDate;
import org.papergraph.ingest.SourceLocation;

/**
 * Merges two records of the same paper. The result does not depend on which came first except where
 * nothing decides (then the kept one stays), so a rebuild from the same inputs gives the same paper:
 * title and abstract come from the newer version (later revision date), identifiers, categories and
 * sources are united, the longer author list and the earliest date are kept.
 */
final class PaperMerge {

    private PaperMerge() {
    }

    static Paper merge(Paper kept, Paper incoming) {
        boolean newer = incoming.revised() != null && incoming.revised().isAfter(kept.revised());
        return merge(kept, incoming, newer);
    }

    /** Like {@link #merge}, but the incoming record's text wins unless the kept one is a strictly newer revision. */
    static Paper refresh(Paper kept, Paper incoming) {
        boolean keptNewer = kept.revised() != null && (incoming.revised() == null || kept.revised().isAfter(incoming.revised()));
        return merge(kept, incoming, !keptNewer);
    }

    private static Paper merge(Paper kept, Paper incoming, boolean newer) {
        Paper text = newer ? incoming : kept;
        List<String> authors = incoming.authors().size() > kept.authors().size() ? incoming.authors() : kept.authors();
        return new Paper(kept.id(), text.title(), authors,
                kept.authorCount() != null ? kept.authorCount() : incoming.authorCount(),
                kept.organisation() != null ? kept.organisation() : incoming.organisation(),
                PublicationDate.earliest(kept.date(), incoming.date()),
                union(kept.identifiers(), incoming.identifiers()),
                union(kept.sources(), incoming.sources()),
                text.abstractText(),
                newer ? incoming.revised() : kept.revised(),
                union(kept.categories(), incoming.categories()),
                kept.journalRef() != null ? kept.journalRef() : incoming.journalRef());
    }

    /** The paper without its sources in the given files, except those of the record merged into it. */
    static Paper withoutStaleSources(Paper paper, Set<String> staleFiles, Paper record) {
        List<SourceLocation> kept = new ArrayList<>();
        for (SourceLocation source : paper.sources()) {
            if (!staleFiles.contains(source.file()) || record.sources().contains(source)) {
                kept.add(source);
            }
        }
        return paper.withSources(kept);
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
