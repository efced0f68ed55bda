package dk.kk.registry.infra.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Base of the browser journeys: Debian's Chromium, headless, driven by its own chromedriver through Selenium, against
 * the whole registry on its random port. Both paths are given, so Selenium Manager never looks for (or downloads) a
 * browser; a machine without Chromium fails these tests rather than skipping them (CI installs it, see
 * {@code .ci/run}). Each test ends by saving a screenshot of its last page under {@code target/screenshots/}.
 */
public abstract class BrowserIT extends RegistryIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** A laptop's width; {@link #phone()} narrows it to a phone's. */
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    protected ChromeDriver browser;
    private Path profile;
    private String screenshotName;

    @BeforeEach
    void openBrowser(TestInfo test) throws IOException {
        // Selenium warns on every start that it has no DevTools binding for this Chromium; the tests use none.
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.openqa.selenium", LogLevel.ERROR);
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Chromium and its driver must be installed (apt-get install chromium chromium-driver)")
                .isTrue();
        profile = Files.createTempDirectory("registry-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--lang=da-DK");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().window().setSize(DESKTOP);
        screenshotName = test.getTestClass().map(Class::getSimpleName).orElse("journey") + "-"
                + test.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void closeBrowser() throws IOException {
        try {
            if (browser != null) {
                screenshot(screenshotName);
            }
        } finally {
            if (browser != null) {
                browser.quit();
            }
            if (profile != null) {
                deleteQuietly(profile);
            }
        }
    }

    /**
     * Saves the whole page as it is now as {@code target/screenshots/<name>.png}: the window grows to the page's
     * height for the picture (at the width the test chose), then returns to its size.
     */
    protected Path screenshot(String name) {
        return screenshot(SCREENSHOTS, name);
    }

    /** Saves the whole page as it is now as {@code <directory>/<name>.png}, as {@link #screenshot(String)} does. */
    protected Path screenshot(Path directory, String name) {
        Dimension window = browser.manage().window().getSize();
        try {
            Files.createDirectories(directory);
            Object height = browser.executeScript("return document.documentElement.scrollHeight");
            int pageHeight = height instanceof Number number ? number.intValue() : window.getHeight();
            browser.manage()
                    .window()
                    .setSize(new Dimension(
                            window.getWidth(), Math.min(Math.max(pageHeight + 140, window.getHeight()), 6000)));
            Path file = directory.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /**
     * Checks the page the browser shows as every page of a journey must pass: the Nu HTML checker finds no error in
     * the HTML sent, axe-core no violation in the page shown; then saves its screenshot under the name given and
     * records the server's p95 time for it (see {@link PageChecks}).
     */
    protected void checkPage(String name) {
        assertThat(PageChecks.problems(browser, name))
                .as(name + " " + browser.getCurrentUrl())
                .isEmpty();
        screenshot(getClass().getSimpleName() + "-" + name);
    }

    /** Opens a page of the registry by its path. */
    protected void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Signs in through the login form as one of the demo users (password {@code demo}). */
    protected void signIn(String user) {
        go("/login");
        type("username", user);
        type("password", "demo");
        clickAndWaitForNextPage(browser.findElement(By.cssSelector("form button[type=submit]")));
        waitFor(By.cssSelector("form[action$='/logout']"));
    }

    protected void phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    /** Clears the field with the id given and types into it. */
    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Sets a date field ({@code <input type=date>}) to an ISO date. Typing into one depends on the browser's locale,
     * so the value is set as the date picker would set it.
     */
    protected void date(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    /** Chooses an option of the select with the id given by its value. */
    protected void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    /** Ticks the checkbox or radio button whose value is given, among those named as given. */
    protected void tick(String name, String value) {
        WebElement box = browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Presses the form's submit button whose text is given, and waits for the next page. */
    protected void press(String label) {
        WebElement button = browser.findElement(By.xpath("//button[normalize-space(.)=" + literal(label) + "]"));
        clickAndWaitForNextPage(button);
    }

    /** Follows the link whose text is given. */
    protected void follow(String text) {
        clickAndWaitForNextPage(browser.findElement(By.linkText(text)));
    }

    /** A click returns before the browser has loaded what it leads to; the next page is there once the old is gone. */
    protected void clickAndWaitForNextPage(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        waiting().until(driver -> isGone(page));
        waiting().until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /**
     * Whether the page's old root element has left the document. Chromium sometimes says so, mid-navigation, with
     * "Node with given id does not belong to the document" instead of a stale-element error.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    protected WebElement waitFor(By locator) {
        return waiting().until(driver -> driver.findElements(locator).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    /** Waits until the element's text starts as given: for a part of the page that htmx replaces. */
    protected void waitForText(By locator, String start) {
        waiting().until(driver -> driver.findElement(locator).getText().startsWith(start));
    }

    /** Waits until the condition holds: for what htmx changes after the page has loaded. */
    protected void waitUntil(java.util.function.BooleanSupplier condition) {
        waiting().until(driver -> condition.getAsBoolean());
    }

    /** A wait that outlasts htmx swapping the element it looks at. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    protected String text(By locator) {
        return browser.findElement(locator).getText();
    }

    protected String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    protected List<String> texts(By locator) {
        return browser.findElements(locator).stream().map(WebElement::getText).toList();
    }

    /** The message shown beside a form field (the element {@code <id>-error}). */
    protected String errorBeside(String id) {
        return text(By.id(id + "-error"));
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static void deleteQuietly(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Chromium may still hold a lock file for a moment; the temporary directory goes with the machine.
                }
            });
        }
    }
}
