package tw.annualreport.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import tw.annualreport.system.OutputFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which report files a mail attaches: by default PDF, XLSX and ODS; report.odt and report.docx where configured. */
class ReportFilesTests {

	@TempDir
	Path folder;

	@Test
	void byDefaultTheEditableDocumentsStayInTheFolder() throws IOException {
		writeEveryFile();

		assertThat(ReportFiles.in(this.folder)).map((f) -> f.getFileName().toString())
			.containsExactly("report.pdf", "report.xlsx", "report.ods");
		assertThat(bind(Map.of()).attach()).isEqualTo(ReportFiles.DEFAULT);
	}

	@Test
	void theConfiguredFormatsAreAttachedInTheOrderOfTheFormats() throws IOException {
		writeEveryFile();

		DeliveryProperties properties = bind(Map.of("annual-report.mail.attach", "docx,pdf,odt"));

		assertThat(properties.attach()).containsExactlyInAnyOrder(OutputFormat.PDF, OutputFormat.ODT, OutputFormat.DOCX);
		assertThat(ReportFiles.in(this.folder, properties.attach())).map((f) -> f.getFileName().toString())
			.containsExactly("report.pdf", "report.odt", "report.docx");
	}

	@Test
	void summaryJsonIsNoAttachment() {
		assertThatThrownBy(() -> bind(Map.of("annual-report.mail.attach", "pdf,json"))).hasRootCauseMessage(
				"annual-report.mail.attach 只能列報告格式（pdf,xlsx,ods,odt,docx），不含 summary.json");
	}

	private void writeEveryFile() throws IOException {
		for (OutputFormat format : EnumSet.allOf(OutputFormat.class)) {
			Files.writeString(this.folder.resolve(format.fileName()), format.code());
		}
	}

	private static DeliveryProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("annual-report.mail", DeliveryProperties.class);
	}

}
