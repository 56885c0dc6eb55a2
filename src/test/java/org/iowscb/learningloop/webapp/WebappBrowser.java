package org.iowscb.learningloop.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with a fresh profile, pointed at the running application: Debian's
 * /usr/bin/chromium driven by /usr/bin/chromedriver, never a browser or driver that Selenium
 * Manager would download.
 */
final class WebappBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path FAILURES = Path.of("target", "browser-failures");
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    static final By LOGIN_FORM = By.cssSelector("form[name='signinForm']");

    /** The browsers open now, so that a failed test can keep what each one showed. */
    private static final Set<WebappBrowser> OPEN = ConcurrentHashMap.newKeySet();

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    private WebappBrowser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    /**
     * Starts Chromium through its own chromedriver (the Debian package's, on a free port); the
     * driver stops with {@link #close()}.
     */
    static WebappBrowser open(String baseUrl) {
        Path profile;
        try {
            profile = Files.createTempDirectory("webapp-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1400,1300",
            "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        try {
            WebappBrowser browser = new WebappBrowser(new ChromeDriver(service, options), baseUrl, profile);
            OPEN.add(browser);
            return browser;
        } catch (RuntimeException notStarted) {
            deleteProfile(profile);
            throw notStarted;
        }
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Waits for the condition, failing with {@code what} when it does not hold in time. Each wait
     * is its own {@link WebDriverWait}: {@code withMessage} changes the wait it is called on, so a
     * shared one would report the message of a wait nested inside the condition instead.
     */
    <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return waitUntil(what, TIMEOUT, condition);
    }

    <T> T waitUntil(String what, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).withMessage(what).until(condition);
    }

    void get(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Marks the Camunda webapps' first-visit welcome check as done in this browser profile.
     * Without it, every webapp login page asks {@code GET /camunda-welcome}, which the
     * application answers {@code 401} with {@code WWW-Authenticate: Basic}: the browser opens its
     * own sign-in dialog over the login page and the page never gets keyboard input. See
     * {@code WebappsInBrowserTest#theLoginPageOpensNoBrowserSignInDialog}.
     */
    void skipFirstVisitWelcomeCheck() {
        get("/actuator/health");
        ((JavascriptExecutor) driver).executeScript(
            "window.localStorage.setItem('camunda', JSON.stringify({firstVisit: false}));");
    }

    /**
     * Makes the pages see this language and time zone instead of the machine's, as a person's own
     * computer may be set (Chromium's DevTools emulation, kept for every page this browser opens).
     */
    void emulateLocaleAndTimeZone(String locale, String timeZone) {
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", locale));
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", timeZone));
    }

    /** Logs in on the login page of a webapp ({@code tasklist}, {@code cockpit}, {@code admin}). */
    void logIn(String app, String user, String password) {
        get("/camunda/app/" + app + "/");
        WebElement form = waitUntil("the login form of " + app, ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
        type(form.findElement(By.cssSelector("input[ng-model='username']")), user);
        type(form.findElement(By.cssSelector("input[ng-model='password']")), password);
        click(form.findElement(By.cssSelector("button[type='submit']")));
        waitUntil(user + " is logged in to " + app + " (login form gone)",
            ExpectedConditions.invisibilityOfElementLocated(LOGIN_FORM));
    }

    WebElement visible(By locator, String what) {
        return waitUntil(what, ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Scrolls the element to the middle of the page (clear of Camunda's fixed footer) and clicks it. */
    void click(WebElement element) {
        scrollIntoView(element);
        waitUntil("clickable: " + element, ExpectedConditions.elementToBeClickable(element)).click();
    }

    void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    void type(WebElement input, String text) {
        scrollIntoView(input);
        input.clear();
        input.sendKeys(text);
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void waitForText(String text) {
        waitUntil("the page shows '" + text + "'", d -> bodyText().contains(text));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Saves a screenshot as target/screenshots/{name}.png, the mouse moved off any tooltip. */
    Path screenshot(String name) {
        new Actions(driver).moveToLocation(1, 1).perform();
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<WebappBrowser> open() {
        return List.copyOf(OPEN);
    }

    /**
     * Keeps what the page shows now under target/browser-failures: a screenshot, the address,
     * the visible text and the HTML, named {@code name}. Returns the files kept.
     */
    List<Path> keepEvidence(String name) {
        List<Path> kept = new ArrayList<>();
        try {
            Files.createDirectories(FAILURES);
            Path text = FAILURES.resolve(name + ".txt");
            Files.writeString(text, "address: " + safely(driver::getCurrentUrl) + "\ntitle: " + safely(driver::getTitle)
                + "\n\n" + safely(this::bodyText) + "\n");
            kept.add(text);
            Path html = FAILURES.resolve(name + ".html");
            Files.writeString(html, safely(driver::getPageSource));
            kept.add(html);
            Path png = FAILURES.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
            kept.add(png);
        } catch (IOException | RuntimeException notKept) {
            // the test's own failure is what matters; keep what could be kept
        }
        return kept;
    }

    private static String safely(Supplier<String> read) {
        try {
            return String.valueOf(read.get());
        } catch (RuntimeException unreadable) {
            return "(could not be read: " + unreadable.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        OPEN.remove(this);
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
