package tw.annualreport.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one configuration of the tests that run the job and read the report back: the same
 * properties, so Spring starts their context (and its in-memory database) once for all of them.
 * Each test uses agencies of its own, or the samples under fingerprints of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:report-${random.uuid};DB_CLOSE_DELAY=-1",
		"annual-report.report.date=2025-01-15", "annual-report.report.contact=研考承辦人 林志明（07）581-1234" })
@interface ReportJobTest {

}
