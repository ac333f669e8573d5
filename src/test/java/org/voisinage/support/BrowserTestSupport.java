package org.voisinage.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the application on a random port, driven by Debian's headless Chromium
 * through chromedriver. Without them the tests are skipped locally, saying what to install; in CI ({@code CI=true})
 * they fail instead, so that a green CI run always means the browser journeys ran.
 *
 * <p>Every page a test opens or reaches by a submit is checked with axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules,
 * at 1280 px and at 360 px wide; the violations found during a test (rule, element, page, width) fail it at its end,
 * all listed at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(TestData.class)
public abstract class BrowserTestSupport {

    private static final Path CHROMIUM = Path.of(System.getProperty("voisinage.test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("voisinage.test.chromedriver", "/usr/bin/chromedriver"));
    private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Dimension WIDE = new Dimension(1280, 900);
    /** The page shapes checked in this run (see {@link #shape}). */
    private static final java.util.Set<String> CHECKED_PAGES = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final Dimension NARROW = new Dimension(360, 800);

    @LocalServerPort
    protected int port;

    protected WebDriver browser;
    private Path profile;
    /** The accessibility violations seen during the test, each once (rule, element, page, width). */
    private final Set<String> accessibilityViolations = new LinkedHashSet<>();

    @BeforeEach
    void startBrowser() throws IOException {
        boolean browserPresent = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!browserPresent && inContinuousIntegration()) {
            throw new IllegalStateException("Browser test cannot run in CI: no executable " + CHROMIUM + " and "
                    + CHROMEDRIVER + " (install Debian's chromium and chromium-driver); a skip would hide it");
        }
        Assumptions.assumeTrue(browserPresent,
                "Browser test skipped: no headless Chromium here (install Debian's chromium and chromium-driver)");
        profile = Files.createTempDirectory("voisinage-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=fr-FR",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        // headless Chromium sends its own Accept-Language whatever --lang says: choose French with the switch
        open("/?lang=fr");
    }

    /** CI services (GitHub Actions, GitLab, Woodpecker, Forgejo…) set {@code CI=true}. */
    static boolean inContinuousIntegration() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (!accessibilityViolations.isEmpty()) {
            throw new AssertionError("axe-core (WCAG 2.2 A and AA) found " + accessibilityViolations.size()
                    + " violation(s) on the pages this test opened:\n  " + String.join("\n  ", accessibilityViolations));
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitUntilLoaded(new WebDriverWait(browser, Duration.ofSeconds(20)));
        checkAccessibility();
    }

    /**
     * Runs axe-core on the page shown, wide then narrow (the window comes back to its width after), and keeps what it
     * finds for the end of the test.
     */
    protected void checkAccessibility() {
        String page = browser.getCurrentUrl().replaceFirst("https?://[^/]+", "");
        if (!CHECKED_PAGES.add(shape(page))) {
            return; // the same page in the same shape was checked already, by this test or another in this run
        }
        try {
            accessibilityViolations.addAll(violations(page, WIDE));
            browser.manage().window().setSize(NARROW);
            accessibilityViolations.addAll(violations(page, NARROW));
        } finally {
            browser.manage().window().setSize(WIDE);
        }
    }

    /**
     * What makes a page another page for axe: its path with ids and query values left out, and how many of each kind of
     * element it holds (a form more, a table less: another state of the page, checked again). The browser journeys
     * open the same pages many times; checking each shape once keeps the suite within its time.
     */
    private String shape(String page) {
        Object counts = ((JavascriptExecutor) browser).executeScript(
                "return ['form','input','select','textarea','button','table','details','dialog']"
                        + ".map(t => t + document.getElementsByTagName(t).length).join(',')"
                        + " + ',said' + document.querySelectorAll('[role=alert],[role=status],[aria-invalid=true]').length");
        return page.replaceAll("\\?.*", "").replaceAll("/\\d+", "/{id}").replaceAll("/[0-9a-f-]{20,}", "/{key}")
                + " " + counts;
    }

    private List<String> violations(String page, Dimension size) {
        Results results = new AxeBuilder().withTags(WCAG_A_AND_AA).disableIframeTesting().analyze(browser);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget() + " on " + page + " at "
                        + size.getWidth() + " px");
            }
        }
        return found;
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** Signs in through the login form, as a person would. */
    protected void signIn(String email, String password) {
        open("/login");
        type("#username", email);
        type("#password", password);
        submit("form[action$='/login'] button[type=submit]");
    }

    /** Signs in a fixture person (TestData gives each the password "secret-password"). */
    protected void signIn(String email) {
        signIn(email, "secret-password");
    }

    /** Signs out through the header's account menu, as a person would. */
    protected void signOut() {
        find("#account-menu summary").click();
        submit("form[action$='/logout'] button[type=submit]");
    }

    /** The path of the page shown, without its query or fragment. */
    protected String path() {
        return browser.getCurrentUrl().replaceFirst("https?://[^/]+", "").replaceFirst("[#?].*", "");
    }

    /**
     * Clicks something that loads a new page, and waits until that page has loaded. On a loaded machine Chromium
     * may still be swapping the previous document when we look: the lookup is then tried again.
     */
    protected void submit(String css) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        for (int attempt = 1; ; attempt++) {
            WebElement page = null;
            try {
                waitUntilLoaded(wait);
                page = browser.findElement(By.tagName("html"));
                find(css).click();
                wait.until(ExpectedConditions.stalenessOf(page));
                waitUntilLoaded(wait);
                break;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (page != null && Boolean.TRUE.equals(ExpectedConditions.stalenessOf(page).apply(browser))) {
                    // the click went through and the next page replaced this one while the driver answered: done
                    // (clicking again would look for the button on the next page)
                    waitUntilLoaded(wait);
                    break;
                }
                if (attempt == 3 || !(e instanceof StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document"))) {
                    throw e;
                }
            }
        }
        checkAccessibility();
    }

    private static void waitUntilLoaded(WebDriverWait wait) {
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    protected void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** A date field takes the date whatever the browser's date format: its value is set as the form sends it. */
    protected void typeDate(String css, java.time.LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(css), date.toString());
    }

    /** The page's text; retried while a slow machine is still swapping the document. */
    protected String pageText() {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.tagName("body")).getText());
    }

    /** Keeps a picture of the page in target/screenshots, to look at what a person sees. */
    protected void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
