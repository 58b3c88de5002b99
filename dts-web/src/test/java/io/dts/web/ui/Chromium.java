package io.dts.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium with a profile of its own (a fresh browser, as a new user's would be),
 * driven through Debian's chromedriver: Selenium is given both paths, so it never downloads anything.
 * It records the body of every request the pages send, so a test can show what left the browser.
 */
public final class Chromium implements AutoCloseable {

    private static final String BINARY = System.getProperty("dts.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("dts.chromedriver", "/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A request a page sent; {@code body} is null when the browser did not say what it carried. */
    public record SentRequest(String method, String url, String body) {
    }

    private final URI base;
    private final Path profile;
    private final ChromeDriver driver;
    private final List<SentRequest> sent = new ArrayList<>();

    private Chromium(URI base, Path profile, ChromeDriver driver) {
        this.base = base;
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts a browser with an empty profile of its own against the application at {@code base}. */
    public static Chromium start(URI base) {
        Path profile;
        try {
            profile = Files.createTempDirectory("dts-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--user-data-dir=" + profile.resolve("profile"),
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Chromium writes under ~ unless told otherwise: keep every byte inside this profile.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "XDG_CONFIG_HOME", profile.resolve("config").toString(),
                        "XDG_CACHE_HOME", profile.resolve("cache").toString()))
                .build();
        return new Chromium(base, profile, new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the application, {@code path} relative to its root (e.g. {@code "login.xhtml"}). */
    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    public void signUp(String username, String password) {
        open("signup.xhtml");
        type("signup:username", username);
        type("signup:password", password);
        type("signup:confirmation", password);
        click("signup:submit");
        waitForText(By.tagName("body"), "Account created");
    }

    /** Signs in through the login page and waits until the page shows who is signed in. */
    public void signIn(String username, String password) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        waitForText(By.id("caller"), username);
    }

    /** Types into the input until it holds {@code text}: keys sent while a closing modal still traps focus are lost. */
    public void type(String id, String text) {
        new WebDriverWait(driver, PATIENCE).until(browser -> {
            WebElement input = waitFor(By.id(id));
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getDomProperty("value"));
        });
    }

    /** Waits until the progress dialog of the last action, if the page has one, is gone. */
    public void settled() {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(By.id("busy")));
    }

    public void click(String id) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** The element, once it is visible. */
    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text contains {@code text}; answers the element's whole text. */
    public String waitForText(By locator, String text) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator).getText();
    }

    /** Waits up to {@code limit} for a script condition that answers true. */
    public void waitUntil(Duration limit, String script) {
        new WebDriverWait(driver, limit).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Every request the pages of this browser sent so far, in order, with the bodies they carried. */
    public List<SentRequest> sentRequests() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = parse(entry.getMessage()).getJsonObject("message");
            if ("Network.requestWillBeSent".equals(message.getString("method", ""))) {
                sent.add(sentRequest(message.getJsonObject("params").getJsonObject("request")));
            }
        }
        return List.copyOf(sent);
    }

    private static SentRequest sentRequest(JsonObject request) {
        String body = "";
        if (request.containsKey("postData")) {
            body = request.getString("postData");
        } else if (request.getBoolean("hasPostData", false)) {
            body = bodyFromEntries(request);
        }
        return new SentRequest(request.getString("method"), request.getString("url"), body);
    }

    private static String bodyFromEntries(JsonObject request) {
        if (!request.containsKey("postDataEntries")) {
            return null;
        }
        StringBuilder body = new StringBuilder();
        for (JsonValue part : request.getJsonArray("postDataEntries")) {
            String bytes = part.asJsonObject().getString("bytes", null);
            if (bytes == null) {
                return null;
            }
            body.append(new String(Base64.getDecoder().decode(bytes), StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Saves a screenshot and the page source as {@code <name>.png} and {@code <name>.html} in {@code dir}. */
    public void saveEvidence(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless; the test's outcome is what matters
        }
    }
}
