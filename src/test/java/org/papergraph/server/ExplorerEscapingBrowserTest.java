package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.papergraph.rdf.Iris;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.SampleCorpus;

/**
 * A concept label that is HTML shows as text in the explorer and runs nothing. The label is planted in
 * a small store built from a real listing. Skipped where chromium or chromedriver is missing.
 */
class ExplorerEscapingBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOSTILE = "curriculum learning <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";

    @Test
    void aLabelWithScriptShowsAsText(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed");
        Path listing = dir.resolve("listing.txt");
        Files.write(listing, Files.readAllLines(SampleCorpus.seed("001_")).subList(0, 40));
        try (PaperStore store = PaperStore.inMemory()) {
            SampleCorpus.build(store, List.of(listing));
            Node concept = Iris.concept("curriculum-learning");
            store.dataset().executeWrite(() -> {
                var dsg = store.datasetGraph();
                for (Node property : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
                    dsg.deleteAny(Iris.CONCEPTS_GRAPH, concept, property, Node.ANY);
                    dsg.add(Quad.create(Iris.CONCEPTS_GRAPH, concept, property, NodeFactory.createLiteralString(HOSTILE)));
                }
            });
            try (PaperServer server = PaperServer.start(store, new ServerSettings("127.0.0.1", 0, 5000))) {
                ChromeDriver driver = browser(dir);
                try {
                    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                    driver.get(server.url());
                    wait.until(ExpectedConditions.elementToBeClickable(By.id("search"))).sendKeys("curriculum learning");
                    WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("#hits li[data-id='concept:curriculum-learning']")));
                    assertTrue(hit.getText().contains("<script>"), "the hit shows the label as text: " + hit.getText());
                    hit.click();
                    wait.until(ExpectedConditions.textToBe(By.cssSelector("#details h2"), HOSTILE));
                    JavascriptExecutor js = driver;
                    assertEquals(null, js.executeScript("return window.pwned === undefined ? null : window.pwned;"));
                    assertEquals(0L, js.executeScript("return document.querySelectorAll('img[src=\"x\"]').length;"));
                } finally {
                    driver.quit();
                }
            }
        }
    }

    private static ChromeDriver browser(Path dir) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
