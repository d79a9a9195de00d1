package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.testing.SampleCorpus;

/** The three listing formats of the sample corpus, read from the real seed files. */
class ListingFormatsTest {

    private final FormatDetector detector = FormatDetector.standard(IngestLimits.DEFAULT);

    private static CollectingSink read(Path file) {
        return CollectingSink.read(file);
    }

    private String formatOf(Path file) throws IOException {
        return detector.detect(new InputFile(file)).orElseThrow().name();
    }

    @Test
    void eachSeedFileIsDetectedFromItsContent() throws IOException {
        assertEquals("arxiv-listing", formatOf(SampleCorpus.seed("000_")));
        assertEquals("title-abstract-listing", formatOf(SampleCorpus.seed("001_")));
        assertEquals("huggingface-listing", formatOf(SampleCorpus.seed("002_")));
        assertEquals("huggingface-listing", formatOf(SampleCorpus.seed("003_")));
    }

    @Test
    void paperCountsPerSeedFile() throws IOException {
        assertEquals(2, read(SampleCorpus.seed("000_")).papers.size());
        assertEquals(119, read(SampleCorpus.seed("001_")).papers.size());
        assertEquals(36, read(SampleCorpus.seed("002_")).papers.size());
        assertEquals(48, read(SampleCorpus.seed("003_")).papers.size());
        for (String prefix : List.of("000_", "001_", "002_", "003_")) {
            assertEquals(List.of(), read(SampleCorpus.seed(prefix)).problems, "no problems in " + prefix);
        }
    }

    @Test
    void arxivListingGivesAuthorsInFirstLastOrder() throws IOException {
        CollectingSink c = read(SampleCorpus.seed("000_"));
        Paper paper = c.titled("Dichotomy of Feature Learning and Unlearning: Fast-Slow Analysis on Neural Networks with Stochastic Gradient Descent");
        assertEquals(List.of("Shota Imai", "Sota Nishiyama", "Masaaki Imaizumi"), paper.authors());
        assertTrue(paper.abstractText().startsWith("The dynamics of gradient-based training"));
        assertEquals(new SourceLocation("000_a4f60943d682294e.txt", 16), paper.source());
    }

    @Test
    void titleAbstractListingDropsTheGluedSubscribeHeader() throws IOException {
        CollectingSink c = read(SampleCorpus.seed("001_"));
        assertEquals("Towards Understanding Grokking: An Effective Theory of Representation Learning", c.papers.get(0).title());
        assertEquals(3, c.papers.get(0).source().line());
        assertTrue(c.papers.stream().noneMatch(p -> p.title().startsWith("Subscribe") || p.title().startsWith("Get trending")));
    }

    @Test
    void huggingFaceListingKeepsAMonthDayWithoutInventingAYear() throws IOException {
        CollectingSink c = read(SampleCorpus.seed("002_"));
        Paper gans = c.titled("Data Cleansing for GANs");
        assertEquals(Integer.valueOf(3), gans.authorCount());
        assertEquals(new PublicationDate(null, 4, 1), gans.date());
        assertEquals("--04-01", gans.date().iso());

        Paper subspaces = c.titled("Exploring Low-Dimensional Subspaces in Diffusion Models for Controllable Image Editing");
        assertEquals(new PublicationDate(2024, 9, 3), subspaces.date());

        Paper withUpvotes = c.titled("CARP: Visuomotor Policy Learning via Coarse-to-Fine Autoregressive Prediction");
        assertEquals(new PublicationDate(2024, 12, 9), withUpvotes.date());

        Paper noMetadata = c.titled("PCHands: PCA-based Hand Pose Synergy Representation on Manipulators with N-DoF");
        assertNull(noMetadata.date());
        assertNull(noMetadata.authorCount());
    }

    @Test
    void huggingFaceListingReadsOrganisations() throws IOException {
        CollectingSink c = read(SampleCorpus.seed("003_"));
        Paper nav = c.titled("Nav-R1: Reasoning and Navigation in Embodied Scenes");
        assertEquals("PekingUniversity Peking University", nav.organisation());
        assertEquals(new PublicationDate(2025, 9, 13), nav.date());
        assertNull(nav.authorCount());
    }

    @Test
    void headerAndInterfaceLinesNeverBecomePapers() throws IOException {
        CollectingSink all = CollectingSink.read(SampleCorpus.seeds());
        for (Paper paper : all.papers) {
            assertFalse(ListingText.isUiLine(paper.title()), paper.title());
            assertFalse(paper.title().matches("(?i)(goto|collaborating authors|daily papers|new|subscribe|get trending.*)"));
            assertFalse(paper.title().matches("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d+.*"), paper.title());
        }
    }

    @Test
    void theSamePaperListedTwiceHasOneId() throws IOException {
        CollectingSink all = CollectingSink.read(SampleCorpus.seeds());
        assertEquals(205, all.papers.size());
        assertEquals(198, new HashSet<>(all.papers.stream().map(Paper::id).toList()).size());
        String teacher = "Teacher algorithms for curriculum learning of Deep RL in continuously parameterized environments";
        assertEquals(2, all.papers.stream().filter(p -> p.title().equals(teacher)).count());
        assertEquals(PaperIds.fromTitle(teacher), PaperIds.fromTitle("  teacher Algorithms for curriculum-learning of deep RL in continuously parameterized environments. "));
    }

    @Test
    void aFileInNoKnownFormatIsReportedByName(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("notes.md"), "# Shopping\n\n- milk\n- bread\n");
        CollectingSink c = read(junk);
        assertEquals(0, c.papers.size());
        assertEquals(1, c.problems.size());
        assertEquals("notes.md", c.problems.get(0).file());
        assertTrue(c.problems.get(0).message().contains("no known format"), c.problems.get(0).message());
    }

    @Test
    void aBadRecordIsReportedWithItsLineAndTheRestLoad(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SampleCorpus.seed("001_")));
        lines.set(5, "too short");
        Path file = Files.write(dir.resolve("broken.txt"), lines);
        CollectingSink c = read(file);
        assertEquals(118, c.papers.size());
        assertTrue(c.problems.stream().anyMatch(p -> p.line() == 5 && p.file().equals("broken.txt")), c.problems.toString());
    }

    @Test
    void crlfLineEndsReadTheSame(@TempDir Path dir) throws IOException {
        String text = Files.readString(SampleCorpus.seed("002_")).replace("\n", "\r\n");
        Path file = Files.writeString(dir.resolve("crlf.txt"), text);
        assertEquals(36, read(file).papers.size());
    }
}
