package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), against a real server
 * on the seeds store: search, an article with its highlighted quotes and their speakers, an entity page, the
 * quote explorer, the timeline and the graph. Each page's screenshot is saved in {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  /** Selenium warns that it has no DevTools bindings for this Chromium; the tests do not use DevTools. */
  private static final java.util.logging.Logger SELENIUM_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  private static VigieServer server;
  private static VigieServer markup;
  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static Path profile;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed "
            + "(apt-get install chromium chromium-driver; .ci/run installs them)");
    server = VigieServer.start(SeedStore.seeds(), VigieServer.Options.defaults().withPort(0));
    markup = VigieServer.start(SeedStore.markup(), VigieServer.Options.defaults().withPort(0));
    profile = Files.createTempDirectory("vigie-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1300,1000", "--lang=fr");
    // The driver's path is given, so Selenium Manager is never asked to download one.
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1300, 1000));
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (markup != null) {
      markup.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary profile; best effort
      }
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** Saves a screenshot of the whole page (as tall as its content). */
  private static void screenshot(String name) throws IOException {
    Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(1300, Math.min(1600, Math.max(1000,
        ((Number) height).intValue() + 40))));
    File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(1300, 1000));
  }

  @Test
  @Order(1)
  void searchStoltenbergThenOpenTheArticleAndCheckTheQuotesSpeaker() throws IOException {
    browser.get(url("/"));
    assertEquals("Home · Vigie", browser.getTitle());
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("Stoltenberg");
    box.submit();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li.hit")));
    List<WebElement> marks = browser.findElements(By.cssSelector("ol.hits mark"));
    assertFalse(marks.isEmpty(), "matches are highlighted");
    assertEquals("stoltenberg", marks.get(0).getText().toLowerCase(java.util.Locale.ROOT));
    screenshot("search");

    // The article where he speaks: the 24 March summit.
    WebElement link = browser.findElements(By.cssSelector("li.hit-article a.doc-link")).stream()
        .filter(a -> a.getAttribute("href").contains("000_d34ea18d0a192c3d")).findFirst().orElseThrow();
    link.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
    WebElement quote = browser.findElements(By.cssSelector("#text .quote[data-speaker]")).stream()
        .filter(q -> q.getText().startsWith("Nous sommes déterminés")).findFirst().orElseThrow();
    assertEquals("Jens Stoltenberg", quote.getAttribute("data-speaker"));
    assertTrue(quote.getAttribute("title").startsWith("Said by Jens Stoltenberg"), quote.getAttribute("title"));
    // Hovering the quote shows its speaker and lights up the speaker's mention.
    new Actions(browser).moveToElement(quote).perform();
    WebElement tip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tip")));
    assertEquals("Jens Stoltenberg", tip.getText());
    String q = quote.getAttribute("data-quote");
    WebElement speaker = browser.findElement(By.cssSelector("#text .speaker[data-quote=\"" + q + "\"]"));
    assertTrue(speaker.getAttribute("class").contains("hot"), "the speaker's mention is lit");
    assertEquals("Jens Stoltenberg", speaker.getText());
    // Entities, dates and amounts are marked.
    assertFalse(browser.findElements(By.cssSelector("#text a.ent.PER[data-entity=\"Q57286\"]")).isEmpty());
    assertTrue(browser.findElements(By.cssSelector("#text .date")).stream()
        .anyMatch(d -> "2022-03-24".equals(d.getAttribute("data-value"))), "le 24 mars is dated");
    assertTrue(browser.findElements(By.cssSelector("#text .amount")).stream()
        .anyMatch(a -> a.getText().contains("milliard de dollars")));
    screenshot("article");
    new Actions(browser).moveToElement(browser.findElement(By.cssSelector("h1"))).perform();
    assertTrue(browser.findElements(By.cssSelector(".tip")).isEmpty(), "the tooltip goes with the mouse");
  }

  @Test
  @Order(2)
  void entityPageFromTheArticle() throws IOException {
    browser.get(url("/articles/000_d34ea18d0a192c3d"));
    browser.findElement(By.cssSelector("#text a.ent[data-entity=\"Q57286\"]")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.entity"), "Jens Stoltenberg PER"));
    String page = browser.findElement(By.tagName("main")).getText();
    assertTrue(page.contains("le secrétaire général de l'OTAN"), "roles with dates: " + page);
    assertTrue(page.contains("Nous sommes déterminés"), "his quotes");
    assertTrue(page.contains("Joe Biden"), "co-mentioned entities");
    screenshot("entity");
    browser.findElement(By.linkText("Joe Biden")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.entity"), "Joe Biden PER"));
  }

  @Test
  @Order(3)
  void quoteExplorerFiltersBySpeaker() throws IOException {
    browser.get(url("/quotes"));
    WebElement who = browser.findElement(By.name("speaker"));
    who.sendKeys("Antony Blinken");
    // A date field's typing order depends on the browser's locale; its value does not.
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2022-01-01'",
        browser.findElement(By.name("from")));
    who.submit();
    wait.until(ExpectedConditions.urlContains("speaker=Antony"));
    assertTrue(browser.getCurrentUrl().contains("from=2022-01-01"), browser.getCurrentUrl());
    List<WebElement> speakers = browser.findElements(By.cssSelector("table.quotes td.who"));
    assertFalse(speakers.isEmpty());
    for (WebElement s : speakers) {
      assertEquals("Antony Blinken", s.getText());
    }
    for (WebElement d : browser.findElements(By.cssSelector("table.quotes td.date"))) {
      assertTrue(d.getText().compareTo("2022-01-01") >= 0, d.getText());
    }
    screenshot("quotes");
  }

  @Test
  @Order(4)
  void timelineDrawsAndZooms() throws IOException {
    browser.get(url("/timeline"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline svg circle")));
    int before = browser.findElements(By.cssSelector("#timeline svg circle")).size();
    assertTrue(before >= 20, "marks: " + before);
    assertTrue(browser.findElements(By.cssSelector("#timeline svg circle")).stream()
        .map(c -> c.getAttribute("fill")).distinct().count() >= 2, "quotes and dated statements apart");
    screenshot("timeline");
    String firstTick = browser.findElements(By.cssSelector("#timeline svg g text")).get(0).getText();
    for (int i = 0; i < 6; i++) {
      browser.findElement(By.xpath("//div[@id='timeline']//button[text()='+']")).click();
    }
    String zoomedTick = browser.findElements(By.cssSelector("#timeline svg g text")).get(0).getText();
    assertTrue(zoomedTick.length() > firstTick.length() || !zoomedTick.equals(firstTick),
        "zooming in changes the scale: " + firstTick + " then " + zoomedTick);
    browser.findElement(By.xpath("//div[@id='timeline']//button[text()='reset']")).click();
    assertTrue(browser.findElements(By.cssSelector("#timeline svg circle")).size() >= before,
        "reset shows every entry again");
  }

  @Test
  @Order(5)
  void graphNodesAreClickable() throws IOException {
    browser.get(url("/graph?entity=Stoltenberg&min=1"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph svg a.node")));
    assertTrue(browser.findElements(By.cssSelector("#graph svg line.edge")).size() > 3);
    screenshot("graph");
    WebElement nato = browser.findElement(By.cssSelector("#graph svg a.node[data-entity=\"Q7184\"] circle"));
    new Actions(browser).moveToElement(nato).click().perform();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.entity"), "NATO ORG"));
  }

  @Test
  @Order(6)
  void anArticleWithAScriptShowsItAsText() throws IOException {
    browser.get("http://127.0.0.1:" + markup.port() + "/articles/" + SeedStore.SCRIPT_DOC);
    String text = browser.findElement(By.id("text")).getText();
    assertTrue(text.startsWith("<script>window.vigieHacked = true;"), text);
    assertTrue(text.contains("<b>restent</b>"), text);
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser).executeScript("return window.vigieHacked === true"));
    screenshot("script-article");
  }
}
