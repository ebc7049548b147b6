package tw.annualreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import tw.annualreport.source.ImportProperties;
import tw.annualreport.support.SampleFolders;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code --agency} is looked up before any job starts: ignoring case, a typo refused with the close codes. */
class AgencyTargetsTests {

	@TempDir
	Path temp;

	@BeforeEach
	void twoAgencyFolders() {
		SampleFolders.copy("113/KHH-ZY", this.temp.resolve("KHH-ZY"));
		SampleFolders.copy("113/KHH-SM2", this.temp.resolve("KHH-SM2"));
	}

	private List<AgencyTargets.Target> resolve(String agency) {
		AgencyTargets targets = new AgencyTargets(null, new ImportProperties(0.2, DataSize.ofMegabytes(50), null, 1));
		return targets.resolve(RunOptions.parse(new String[] { "--year=113", "--agency=" + agency, "--input=" + this.temp }));
	}

	@Test
	void anAgencyCodeIsFoundIgnoringCase() {
		assertThat(resolve("khh-zy,KHH-sm2").stream().map(AgencyTargets.Target::code)).containsExactly("KHH-ZY", "KHH-SM2");
	}

	@Test
	void anUnknownAgencyIsRefusedWithTheCloseCodes() {
		assertThatExceptionOfType(RunOptionsException.class).isThrownBy(() -> resolve("KHH-YZ"))
			.withMessageStartingWith("找不到機關 KHH-YZ：")
			.withMessageContaining("是否為 KHH-ZY？");
		assertThatExceptionOfType(RunOptionsException.class).isThrownBy(() -> resolve("TPE-XX"))
			.withMessageNotContaining("是否為")
			.withMessageContaining("（有：KHH-SM2、KHH-ZY）");
	}

	@Test
	void anUnknownAgencyOrParentOfAnInputFolderIsRefusedBeforeSpringStarts() {
		assertThatExceptionOfType(RunOptionsException.class)
			.isThrownBy(() -> AgencyTargets.checkBeforeStart(
					RunOptions.parse(new String[] { "--year=113", "--agency=NOPE", "--input=" + this.temp })))
			.withMessageStartingWith("找不到機關 NOPE：");
		assertThatExceptionOfType(RunOptionsException.class)
			.isThrownBy(() -> AgencyTargets.checkBeforeStart(RunOptions
				.parse(new String[] { "--year=113", "--agency=all", "--parent=KHH-XX", "--input=" + this.temp })))
			.withMessageContaining("沒有上級機關為 KHH-XX 的機關");
		// known agencies pass; without --input the database knows them, which only the run reads
		AgencyTargets.checkBeforeStart(RunOptions.parse(new String[] { "--year=113", "--agency=khh-zy", "--input=" + this.temp }));
		AgencyTargets.checkBeforeStart(RunOptions.parse(new String[] { "--year=113", "--agency=NOPE" }));
	}

	@Test
	void aCityWhoseRegisterListsTheBureauPassesTheCheckBeforeSpringStarts() throws Exception {
		String[] city = { "--year=113", "--agency=all", "--parent=KHH-RDEC", "--input=" + this.temp };
		assertThatExceptionOfType(RunOptionsException.class)
			.isThrownBy(() -> AgencyTargets.checkBeforeStart(RunOptions.parse(city)))
			.withMessageContaining("沒有上級機關為 KHH-RDEC 的機關");
		// the agencies stand under KHH-HB, which the city's register lists under the city
		Files.writeString(this.temp.resolve("agencies.csv"), """
				機關代碼,機關名稱,上級機關代碼,收件信箱,繳交期限
				KHH-RDEC,高雄市政府研考會,,,
				KHH-HB,高雄市政府衛生局,KHH-RDEC,,
				""");
		AgencyTargets.checkBeforeStart(RunOptions.parse(city));
	}

}
