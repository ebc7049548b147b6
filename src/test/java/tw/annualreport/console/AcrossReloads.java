package tw.annualreport.console;

import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait for the browser tests that outlasts the page being replaced under it: after a click, a
 * redirect or the run page's two-second refresh, an element read a moment ago may be stale, missing
 * or, in Chromium, "Node with given id does not belong to the document" (a plain
 * {@link WebDriverException}). Each of these only means the next page is not there yet, so the wait
 * tries again; a real failure still ends it at the timeout, with the last error as its cause.
 */
final class AcrossReloads {

	private AcrossReloads() {
	}

	static WebDriverWait waiting(WebDriver browser, Duration timeout) {
		WebDriverWait wait = new WebDriverWait(browser, timeout);
		wait.ignoring(WebDriverException.class);
		return wait;
	}

}
