package tw.annualreport.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.system.ReportKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportMessagesTests {

	private static ReportMail mail(String name, String kind, List<Path> files) {
		return new ReportMail("KHH-ZY", name, 113, ReportKind.of(kind), List.of("bureau@example.org"), List.of("措施完成率 78.8%"), files);
	}

	@Test
	void subjectIsTheBureausFixedForm() {
		assertThat(mail("高雄市左營區衛生所", "draft", List.of()).subject()).isEqualTo("【提升服務成果報告】高雄市左營區衛生所 113年度");
	}

	@Test
	void attachmentNamesCarryAgencyAndYearAndKeepTheExtension() {
		ReportMail mail = mail("高雄市左營區衛生所", "final", List.of());
		assertThat(ReportMessages.attachmentName(mail, Path.of("out/113/KHH-ZY/report.pdf")))
			.isEqualTo("高雄市左營區衛生所_113年度提升服務成果報告.pdf");
		assertThat(ReportMessages.attachmentName(mail, Path.of("report.XLSX")))
			.isEqualTo("高雄市左營區衛生所_113年度提升服務成果報告.xlsx");
	}

	@Test
	void charactersThatNoFileSystemAcceptsAreReplacedInAttachmentNames() {
		ReportMail mail = mail("A/B:C*衛生所?", "final", List.of());
		assertThat(ReportMessages.attachmentName(mail, Path.of("report.ods"))).isEqualTo("A_B_C_衛生所__113年度提升服務成果報告.ods");
	}

	@Test
	void bodySaysDraftOrFinalAndListsTheKeyFigures() {
		assertThat(ReportMessages.body(mail("測試區公所", "draft", List.of()))).contains("測試區公所 113年度提升服務成果報告（草稿）")
			.contains("・措施完成率 78.8%");
		assertThat(ReportMessages.body(mail("測試區公所", "final", List.of()))).contains("（定稿）");
	}

	@Test
	void configuredToReplacesTheAgencysAddressesAndExtraToIsAdded() {
		var retry = new DeliveryProperties.Retry(3, Duration.ofSeconds(2), 2, Duration.ofMinutes(1));
		var fromCsv = new DeliveryProperties(true, "r@example.org", null, List.of(" extra@example.org "), null, retry);
		assertThat(fromCsv.recipients(List.of("a@example.org", "extra@example.org")))
			.containsExactly("a@example.org", "extra@example.org");
		var overridden = new DeliveryProperties(true, "r@example.org", List.of("test@example.org"), List.of(), List.of(), retry);
		assertThat(overridden.recipients(List.of("a@example.org"))).containsExactly("test@example.org");
	}

	@Test
	void kindMustBeDraftOrFinal() {
		assertThatIllegalArgumentException().isThrownBy(() -> mail("x", "preview", List.of()));
	}

}
