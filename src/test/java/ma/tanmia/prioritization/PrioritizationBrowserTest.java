package ma.tanmia.prioritization;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The governor's office looks at the demonstration prefectural program's priorities and chosen
 * programming, an agreement with a late partner and the coordination map, in Arabic and in French
 * (screenshots under target/screenshots). Skipped where Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrioritizationBrowserTest {

	static final File CHROMIUM = new File("/usr/bin/chromium");
	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	ChromeDriverService service;
	ChromeDriver browser;
	WebDriverWait wait;
	Path profile;

	@BeforeEach
	void openBrowser() throws IOException {
		Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute() || "true".equals(System.getenv("CI")));
		profile = Files.createTempDirectory("tanmia-prio-");
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=1400,1000",
				"--user-data-dir=" + profile.toAbsolutePath());
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
		FileSystemUtils.deleteRecursively(profile.toFile());
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	@Test
	void the_governors_office_reads_priorities_programming_an_agreement_and_the_coordination_map() throws IOException {
		open("/login");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("governor.inezgane");
		browser.findElement(By.id("password")).sendKeys("Tanmia-Demo-2026");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userMenu")));

		open("/priorities?mandate=2022-2027");
		String programLink = browser.findElements(By.cssSelector("a[href*='/programs/'][href$='/priorities']")).stream()
			.filter(a -> a.findElement(By.xpath("ancestor::tr")).getText().contains("PDP-INE-2022"))
			.findFirst().orElseThrow().getDomAttribute("href");
		for (String language : new String[] { "ar", "fr" }) {
			open(programLink + "?lang=" + language);
			assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
			assertThat(browser.findElements(By.cssSelector("#ranking tbody tr")).size()).isPositive();
			shot("priorities-" + language);
			open(programLink.replace("/priorities", "/programming") + "?lang=" + language);
			assertThat(browser.findElement(By.id("chosen-table")).isDisplayed()).isTrue();
			shot("programming-" + language);
			browser.findElement(By.cssSelector("#comparison thead a[href*='/programming/jobs/']")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refusals")));
			shot("programming-job-" + language);
			open("/agreements?lang=" + language);
			browser.findElement(By.linkText("CONV-DEMO-INE-2019-01")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("late-alert")));
			shot("agreement-" + language);
			open("/coordination?territory=MA-INE&lang=" + language);
			wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("coordination-map")), "data-loaded"));
			assertThat(Integer.parseInt(browser.findElement(By.id("coordination-map")).getDomAttribute("data-loaded"))).isPositive();
			shot("coordination-" + language);
		}
	}

	void shot(String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve("prioritization-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}
}
