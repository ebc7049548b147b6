package tw.annualreport.report;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tw.annualreport.support.Fixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cover's contact line is each agency's own (agency.csv 聯絡人/聯絡電話/聯絡信箱), so a
 * bureau's agencies each give theirs; without one, the configured line.
 */
@SpringBootTest(properties = { "annual-report.cli.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:contact-${random.uuid};DB_CLOSE_DELAY=-1",
		"annual-report.report.date=2025-01-15", "annual-report.report.contact=研考會 總機 (07)337-3000" })
class CoverContactTests {

	@TempDir
	Path temp;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job annualReportJob;

	@Test
	void eachAgencyPrintsItsOwnContactAndOneWithoutPrintsTheConfiguredLine() {
		Path own = Fixture.of("CONTACT-A")
			.text("agency.csv", Fixture.AGENCY_HEADER + ",聯絡人,聯絡電話,聯絡信箱\n"
					+ "CONTACT-A,甲衛生所,KHH-HB,高雄市政府衛生局,research@khh-hb.example.org,林志明,(07)581-1234,lin@a.example.gov.tw\n")
			.writeTo(this.temp.resolve("in/CONTACT-A"));
		Path none = Fixture.of("CONTACT-B").writeTo(this.temp.resolve("in/CONTACT-B"));

		assertThat(cover("CONTACT-A", own)).contains("聯絡人：林志明　(07)581-1234　lin@a.example.gov.tw");
		assertThat(cover("CONTACT-B", none)).contains("聯絡人：研考會 總機 (07)337-3000");
	}

	private String cover(String agency, Path input) {
		Path out = this.temp.resolve("out");
		ReportOutputs.run(this.jobOperator, this.annualReportJob, agency, 113, input, out, "draft");
		return ReportOutputs.pages(ReportOutputs.folder(out, 113, agency).resolve("report.pdf")).get(0);
	}

}
