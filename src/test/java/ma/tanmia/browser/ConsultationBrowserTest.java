package ma.tanmia.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consultation in a real browser: a seed meeting as its organizer sees it (forms included), and the
 * contributions behind a project, which the project page loads with htmx (the script-src 'self'
 * policy must let it run). Screenshots under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationBrowserTest {

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;

	private ChromeDriverService service;
	private ChromeDriver browser;
	private WebDriverWait wait;
	private Path profile;

	@RegisterExtension
	static final TestInstancePreConstructCallback CHROMIUM_INSTALLED = (factory, context) -> BrowserJourneyTest
		.chromiumIsInstalled();

	@BeforeEach
	void openBrowser() throws IOException {
		profile = Files.createTempDirectory("tanmia-chromium-");
		service = new ChromeDriverService.Builder().usingDriverExecutable(BrowserJourneyTest.CHROMEDRIVER).usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserJourneyTest.CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=1366,900",
				"--user-data-dir=" + profile.toAbsolutePath());
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
	void the_governors_office_sees_its_seed_meeting_and_a_project_shows_the_proposal_behind_it() {
		browser.get("http://localhost:" + port + "/login");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("governor.inezgane");
		browser.findElement(By.id("password")).sendKeys(BrowserJourneyTest.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userMenu")));

		long meeting = jdbc.sql("select id from meeting where territory_code = 'MA-INE' order by starts_at limit 1")
			.query(Long.class).single();
		browser.get("http://localhost:" + port + "/public/meetings/" + meeting + "?lang=ar");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recommendations-table")));
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.findElement(By.id("edit-meeting")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("recommendations-table")).getText()).contains("تقليص العجز الاجتماعي");
		screenshot("consultation-meeting-organizer-ar");

		String project = jdbc.sql("select project_code from proposal where project_code is not null order by id limit 1")
			.query(String.class).single();
		browser.get("http://localhost:" + port + "/projects/" + project + "?lang=fr");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contributions-block")));
		assertThat(browser.findElement(By.id("contributions-block")).getText()).contains("Contributions à l'origine du projet",
				"ملعب للقرب");
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.findElement(By.id("follow")));
		// The block is loaded by htmx after the page: it may still be settling when first clicked.
		wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(driver -> {
				driver.findElement(By.id("follow")).click();
				return true;
			});
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contributions-block")));
		wait.until(ExpectedConditions.textToBe(By.id("follow"), "Ne plus suivre"));
		screenshot("consultation-project-contributions-fr");
	}

	private void screenshot(String name) {
		long page = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
		browser.manage().window().setSize(new Dimension(1366, (int) Math.min(Math.max(page, 900), 8000)));
		try {
			Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(Path.of("target", "screenshots", name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not save screenshot " + name, e);
		}
		browser.manage().window().setSize(new Dimension(1366, 900));
	}
}
