package ma.tanmia.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What people see in a real browser (headless Chromium): signing in, the Arabic right-to-left
 * interface and the switch to French, the territory tree that unfolds with htmx, the administration
 * pages, and the edit button that appears only where the person may edit. Each step that matters
 * to the eye leaves a screenshot under {@code target/screenshots/}.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages
 * {@code chromium} and {@code chromium-driver}). Without them the tests are skipped, except on CI
 * ({@code CI=true}), where they fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTest {

	static final File CHROMIUM = new File("/usr/bin/chromium");
	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
	static final Path SCREENSHOTS = Path.of("target", "screenshots");
	static final String PASSWORD = "Tanmia-Demo-2026";
	static final Duration PATIENCE = Duration.ofSeconds(20);
	static final int WIDTH = 1366;
	static final int HEIGHT = 900;

	@LocalServerPort
	int port;

	private ChromeDriverService service;
	private ChromeDriver browser;
	private WebDriverWait wait;
	private Path profile;

	/** Checked before each test instance is made, so that a missing browser costs no Spring context. */
	@RegisterExtension
	static final TestInstancePreConstructCallback CHROMIUM_INSTALLED = (factory, context) -> chromiumIsInstalled();

	static void chromiumIsInstalled() {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		String needed = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
				+ " (Debian packages chromium and chromium-driver)";
		if (!installed && "true".equals(System.getenv("CI"))) {
			fail(needed + ": they are missing and CI=true, so the browser tests may not be skipped");
		}
		if (!installed) {
			LoggerFactory.getLogger(BrowserJourneyTest.class).warn("{}: not installed here, test skipped", needed);
		}
		Assumptions.assumeTrue(installed, () -> needed + ": not installed here, test skipped");
	}

	@BeforeEach
	void openBrowser() throws IOException {
		profile = Files.createTempDirectory("tanmia-chromium-");
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile.toAbsolutePath());
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		wait = new WebDriverWait(browser, PATIENCE);
	}

	@AfterEach
	void closeBrowser() throws IOException {
		try {
			if (browser != null) {
				browser.quit();
			}
		}
		finally {
			if (service != null) {
				service.stop();
			}
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	@Test
	void a_planner_signs_in_switches_to_french_and_browses_the_territory_tree() {
		signInAs("planner.inezgane");

		// The interface speaks Arabic, right to left, from the first page.
		assertLanguage("ar", "rtl");
		assertThat(heading()).contains("مرحبا");
		assertThat(navigation()).contains("المجال الترابي", "الفاعلون");
		assertThat(text(By.id("my-roles"))).contains("MA-INE-01");
		screenshot("home-planner-ar");

		// The tree: open Souss-Massa, then Inezgane-Aït Melloul, whose communes htmx brings in.
		browser.findElement(By.cssSelector("header a.nav-link[href$='/territories']")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[data-code='MA-09']")));
		assertThat(heading()).isEqualTo("المجال الترابي");
		unfold("MA-09", "MA-INE");
		unfold("MA-INE", "MA-INE-01");
		assertThat(text(By.cssSelector("a[data-code='MA-09']"))).isEqualTo("جهة سوس ماسة");
		assertThat(text(By.cssSelector("a[data-code='MA-INE']"))).isEqualTo("عمالة إنزكان أيت ملول");
		assertThat(text(By.cssSelector("a[data-code='MA-INE-01']"))).isEqualTo("إنزكان");
		assertThat(text(By.cssSelector("a[data-code='MA-INE-02']"))).isEqualTo("أيت ملول");
		screenshot("territory-tree-ar");

		// The commune's own page.
		browser.findElement(By.cssSelector("a[data-code='MA-INE-01']")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "إنزكان"));
		assertThat(text(By.cssSelector("nav .breadcrumb"))).contains("المجال الترابي", "جهة سوس ماسة",
				"عمالة إنزكان أيت ملول");
		assertThat(text(By.id("facts-title"))).isEqualTo("معطيات أساسية");
		assertThat(text(By.tagName("main"))).contains("Inezgane", "MA-INE-01", "جماعة");
		assertValueBesideItsLabel("MA-INE-01");
		screenshot("commune-inezgane-ar");

		// Switching to French with the link in the header: same page, left to right, French labels.
		switchLanguage("fr");
		assertLanguage("fr", "ltr");
		assertThat(heading()).isEqualTo("Inezgane");
		assertThat(text(By.id("facts-title"))).isEqualTo("Données clés");
		assertThat(text(By.id("population-title"))).isEqualTo("Population");
		assertThat(text(By.id("organizations-title"))).isEqualTo("Acteurs");
		assertThat(text(By.cssSelector("nav .breadcrumb"))).contains("Territoire", "Souss-Massa",
				"Inezgane-Aït Melloul");
		assertThat(navigation()).contains("Territoire", "Acteurs").doesNotContain("المجال الترابي");
		assertThat(text(By.id("edit-unit"))).isEqualTo("Modifier");
		screenshot("commune-inezgane-fr");

		// The tree in French too.
		browser.findElement(By.cssSelector("nav .breadcrumb a[href$='/territories']")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Territoire"));
		assertLanguage("fr", "ltr");
		unfold("MA-09", "MA-INE");
		unfold("MA-INE", "MA-INE-01");
		assertThat(text(By.cssSelector("a[data-code='MA-INE']"))).isEqualTo("Inezgane-Aït Melloul");
		assertThat(text(By.tagName("main"))).contains("Préfecture", "Commune", "urbaine");
		screenshot("territory-tree-fr");

		// Back to Arabic (the choice is kept in the account: leave it as it was found).
		switchLanguage("ar");
		assertLanguage("ar", "rtl");
		assertThat(heading()).isEqualTo("المجال الترابي");
	}

	@Test
	void the_administrator_reviews_users_and_the_audit_trail_in_arabic_and_in_french() {
		signInAs("admin");
		switchLanguage("ar");
		assertLanguage("ar", "rtl");

		openAdministrationPage("/admin/users");
		assertThat(heading()).isEqualTo("المستخدمون");
		assertThat(columnHeaders()).contains("اسم المستخدم");
		assertThat(text(By.tagName("tbody"))).contains("admin", "planner.inezgane", "governor.inezgane");
		screenshot("admin-users-ar");

		openAdministrationPage("/admin/audit");
		assertThat(heading()).isEqualTo("سجل التدقيق");
		assertThat(browser.findElements(By.cssSelector("#audit tbody tr"))).isNotEmpty();
		screenshot("admin-audit-ar");

		switchLanguage("fr");
		assertLanguage("fr", "ltr");
		assertThat(heading()).isEqualTo("Journal d'audit");
		assertThat(columnHeaders()).contains("Date", "Utilisateur", "Opération", "Avant", "Après");
		assertThat(text(By.cssSelector("main form"))).contains("Filtrer");
		screenshot("admin-audit-fr");

		openAdministrationPage("/admin/users");
		assertLanguage("fr", "ltr");
		assertThat(heading()).isEqualTo("Utilisateurs");
		assertThat(columnHeaders()).contains("Identifiant", "Nom complet", "Rôles", "État");
		assertThat(text(By.tagName("tbody"))).contains("planner.inezgane", "actif");
		screenshot("admin-users-fr");

		switchLanguage("ar");
		assertLanguage("ar", "rtl");
		assertThat(heading()).isEqualTo("المستخدمون");
	}

	@Test
	void the_planner_of_inezgane_may_edit_inezgane_but_not_ait_melloul() {
		signInAs("planner.inezgane");
		switchLanguage("ar");

		open("/territories/MA-INE-01");
		assertThat(heading()).isEqualTo("إنزكان");
		WebElement edit = browser.findElement(By.id("edit-unit"));
		assertThat(edit.isDisplayed()).isTrue();
		assertThat(edit.getText()).isEqualTo("تعديل");

		open("/territories/MA-INE-02");
		assertThat(heading()).isEqualTo("أيت ملول");
		assertThat(browser.findElements(By.id("edit-unit"))).isEmpty();
		screenshot("commune-aitmelloul-not-editable-ar");

		// Typing the address of the edit form anyway: a polite refusal, no form, no technical details.
		open("/territories/MA-INE-02/edit");
		assertLanguage("ar", "rtl");
		assertThat(heading()).isEqualTo("ليست لديك صلاحية الوصول إلى هذه الصفحة أو تعديل هذه المعطيات.");
		assertThat(text(By.tagName("main"))).contains("403", "العودة إلى الصفحة الرئيسية");
		assertThat(browser.findElements(By.cssSelector("main form, input#nameAr"))).isEmpty();
		assertThat(browser.getPageSource()).doesNotContain("Exception", "Whitelabel", "at ma.tanmia",
				"at org.springframework");
		assertThat(navigation()).contains("المجال الترابي");
		screenshot("forbidden-edit-ar");

		// Whereas the button on Inezgane leads to the form.
		open("/territories/MA-INE-01");
		browser.findElement(By.id("edit-unit")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nameAr")));
		assertThat(browser.findElement(By.id("nameFr")).getDomProperty("value")).isEqualTo("Inezgane");
	}

	// --- steps -------------------------------------------------------------------------------

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void signInAs(String username) {
		open("/login");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userMenu")));
		assertThat(text(By.id("userMenu"))).isEqualTo(username);
	}

	/** Clicks the language link in the header and waits for the page to come back in that language. */
	private void switchLanguage(String language) {
		browser.findElement(By.cssSelector("header a[data-lang='" + language + "']")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
	}

	/**
	 * Opens a node of the tree the way a person does, by clicking its summary line (not the link to
	 * the unit's page), and waits until htmx has brought in the expected child.
	 */
	private void unfold(String code, String expectedChild) {
		WebElement node = browser.findElement(By.xpath("//a[@data-code='" + code + "']/ancestor::details[1]"));
		assertThat(node.getDomAttribute("open")).isNull();
		node.findElement(By.cssSelector("summary .badge-level")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[data-code='" + expectedChild + "']")));
		assertThat(node.getDomProperty("open")).isEqualTo("true");
	}

	/** Goes to an administration page through the Administration menu of the header. */
	private void openAdministrationPage(String path) {
		browser.findElement(By.cssSelector("header .nav-item.dropdown > a.dropdown-toggle:not(#userMenu)")).click();
		WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("header .dropdown-menu a.dropdown-item[href$='" + path + "']")));
		String title = item.getText();
		item.click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
	}

	// --- what the person sees ----------------------------------------------------------------

	private void assertLanguage(String lang, String dir) {
		WebElement html = browser.findElement(By.tagName("html"));
		assertThat(html.getDomAttribute("lang")).isEqualTo(lang);
		assertThat(html.getDomAttribute("dir")).isEqualTo(dir);
		assertThat(html.getCssValue("direction")).isEqualTo(dir);
		// The sign-out and language links sit at the far end of the header: left in Arabic, right in French.
		WebElement languages = browser.findElement(By.cssSelector("header a[data-lang='ar']"));
		WebElement brand = browser.findElement(By.cssSelector("header .navbar-brand"));
		if ("rtl".equals(dir)) {
			assertThat(languages.getRect().getX()).isLessThan(brand.getRect().getX());
		}
		else {
			assertThat(languages.getRect().getX()).isGreaterThan(brand.getRect().getX());
		}
	}

	/** A fact of a unit sits on the line of its label, also when it is written left to right in Arabic. */
	private void assertValueBesideItsLabel(String value) {
		WebElement dd = browser.findElement(By.xpath("//dd[normalize-space()='" + value + "']"));
		WebElement dt = dd.findElement(By.xpath("preceding-sibling::dt[1]"));
		assertThat(dd.getRect().getY()).isCloseTo(dt.getRect().getY(), within(6));
	}

	private String heading() {
		return text(By.tagName("h1"));
	}

	private String navigation() {
		return text(By.cssSelector("header nav"));
	}

	private List<String> columnHeaders() {
		return browser.findElements(By.cssSelector("main thead th")).stream().map(WebElement::getText).toList();
	}

	private String text(By by) {
		return browser.findElement(by).getText().strip();
	}

	/** The whole page, not only the window: the window is stretched to the page's height for the shot. */
	private void screenshot(String name) {
		Dimension window = browser.manage().window().getSize();
		long page = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
		long visible = ((Number) browser.executeScript("return window.innerHeight")).longValue();
		boolean stretch = page > visible;
		if (stretch) {
			browser.manage().window().setSize(new Dimension(window.getWidth(),
					(int) Math.min(window.getHeight() + page - visible, 8000)));
		}
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not save screenshot " + name, e);
		}
		finally {
			if (stretch) {
				browser.manage().window().setSize(window);
			}
		}
	}
}
