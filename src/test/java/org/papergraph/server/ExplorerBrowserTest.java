package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.papergraph.testing.SampleCorpus;

/**
 * The explorer as a person uses it, in Debian's headless Chromium: find "curriculum learning", see
 * its graph and papers, open an evidence sentence. Skipped where chromium or chromedriver is missing
 * (.ci/run installs both). The screenshot lands in target/, or where -Dpapergraph.screenshot says.
 */
class ExplorerBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static PaperServer server;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed");
        server = PaperServer.start(SampleCorpus.store(), new ServerSettings("127.0.0.1", 0, 5000));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void findCurriculumLearningSeeItsPapersAndWhy(@TempDir Path profile) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().window().setSize(new Dimension(1400, 900));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(server.url());

            WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("search")));
            search.sendKeys("curriculum learning");
            WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#hits li[data-id='concept:curriculum-learning']")));
            assertTrue(hit.getText().contains("papers"), "the hit shows its count: " + hit.getText());
            hit.click();

            wait.until(ExpectedConditions.textToBe(By.cssSelector("#details h2"), "curriculum learning"));
            wait.until(d -> Long.parseLong(String.valueOf(((JavascriptExecutor) d)
                    .executeScript("return window.explorer.cy ? window.explorer.cy.nodes().length : 0;"))) > 5);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) ((JavascriptExecutor) driver)
                    .executeScript("return window.explorer.cy.nodes().map(function (n) { return n.data('label'); });");
            assertTrue(labels.contains("PLATO-2"), "a method using it is drawn: " + labels);
            assertTrue(labels.stream().anyMatch(l -> l.startsWith("PLATO-2: Towards Building")), "a paper using it is drawn");

            List<WebElement> papers = driver.findElements(By.cssSelector("#details details.paper summary"));
            assertTrue(papers.size() >= 2, "its papers are listed");
            WebElement plato = papers.stream().filter(p -> p.getText().startsWith("PLATO-2")).findFirst().orElse(papers.get(0));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", plato);
            plato.click();
            WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#details details.paper[open] .sentence mark")));
            assertFalse(mark.getText().isBlank(), "the mention is highlighted in its sentence");
            assertTrue(mark.getText().toLowerCase().contains("curriculum"), mark.getText());

            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(1400, image.getWidth(), "the window size took");
            Set<Integer> colours = new HashSet<>();
            for (int x = 0; x < image.getWidth(); x += 7) {
                for (int y = 0; y < image.getHeight(); y += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 50, "the screenshot is not blank (" + colours.size() + " colours)");
            Path target = Path.of(System.getProperty("papergraph.screenshot",
                    SampleCorpus.home().resolve("target/explorer-curriculum-learning.png").toString()));
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(target, png);

            List<?> errors = (List<?>) ((JavascriptExecutor) driver).executeScript(
                    "return performance.getEntriesByType('resource').map(function (r) { return r.name; })"
                            + ".filter(function (n) { return n.indexOf(location.origin) !== 0; });");
            assertTrue(errors.isEmpty(), "the page asks nothing of other origins: " + errors);
        } finally {
            driver.quit();
        }
    }
}
