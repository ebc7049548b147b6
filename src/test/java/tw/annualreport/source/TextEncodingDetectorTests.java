package tw.annualreport.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.annualreport.support.Fixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** CSV encodings met in practice (SPEC §3) are detected and read exactly; anything else is refused whole. */
class TextEncodingDetectorTests {

	private static final String CSV = "項次,名稱,承辦單位\r\n1.1.1,訂定「提升服務工作計畫」（含１１３年度）,研考、一組\r\n";

	@TempDir
	Path temp;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "UTF-8 with BOM, UTF-8, EFBBBF, 3", "UTF-8 without BOM, UTF-8, '', 0",
			"UTF-16LE with BOM, UTF-16LE, FFFE, 2", "UTF-16BE with BOM, UTF-16BE, FEFF, 2",
			"Big5/CP950, x-windows-950, '', 0" })
	void detectsTheEncodingAndReadsTheChineseHeaderAndRowExactly(String name, String charsetName, String bomHex,
			int bomLength) throws Exception {
		Charset charset = Charset.forName(charsetName);
		byte[] bom = java.util.HexFormat.of().parseHex(bomHex == null ? "" : bomHex);
		Path file = Files.write(this.temp.resolve("plan.csv"), Fixture.encode(CSV, charset, bom));

		TextEncodingDetector.Detected detected = TextEncodingDetector.detect(file);

		assertThat(detected.charset()).isEqualTo(charset);
		assertThat(detected.bomLength()).isEqualTo(bomLength);
		try (CsvSourceTable table = new CsvSourceTable(file)) {
			assertThat(table.headers()).containsExactly("項次", "名稱", "承辦單位");
			SourceRow row = table.next();
			assertThat(row.rowNumber()).isEqualTo(2);
			// NFKC turns the full-width digits into ASCII
			assertThat(row.cells()).containsEntry("項次", "1.1.1")
				.containsEntry("名稱", "訂定「提升服務工作計畫」（含113年度）")
				.containsEntry("承辦單位", "研考、一組");
			assertThat(table.next()).isNull();
		}
	}

	@Test
	void bytesThatAreNeitherUtf8NorBig5AreRefusedWithAnEncodingReason() throws Exception {
		// 0x80 and 0xFF start no character in UTF-8 nor in CP950
		Path file = Files.write(this.temp.resolve("x.csv"), new byte[] { (byte) 0x80, 'a', ',', (byte) 0xFF, (byte) 0xFF, '\n' });

		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> TextEncodingDetector.detect(file))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(RejectReason.FILE_ENCODING);
				assertThat(ex.getMessage()).contains("UTF-8").contains("Big5");
			});
	}

	@Test
	void aFileWithNulCharactersIsNotTakenForUtf8() throws Exception {
		// UTF-16LE without a BOM decodes "cleanly" in UTF-8 but is full of NULs
		Path file = Files.write(this.temp.resolve("x.csv"), "a,b\n".getBytes(StandardCharsets.UTF_16LE));

		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> TextEncodingDetector.detect(file))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectReason.FILE_ENCODING));
	}

	@Test
	void aWorkbookRenamedToCsvIsRefusedWithAClearMessage() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("xl/workbook.xml"));
			out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		Path file = Files.write(this.temp.resolve("plan.csv"), zip.toByteArray());

		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> TextEncodingDetector.detect(file))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(RejectReason.FILE_ENCODING);
				assertThat(ex.getMessage()).contains("Excel");
			});
	}

	@Test
	void aByteThatTurnsBadAfterTheBomIsReportedWhileReadingNotSilentlyReplaced() throws Exception {
		StringBuilder text = new StringBuilder("項次,名稱\n");
		for (int i = 1; text.length() < 40_000; i++) {
			text.append(i).append(",名稱").append(i).append('\n');
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(Fixture.utf8WithBom(text.toString()));
		bytes.writeBytes(new byte[] { '9', ',', (byte) 0xFF, '\n' });
		Path file = Files.write(this.temp.resolve("plan.csv"), bytes.toByteArray());

		List<SourceRow> rows = new ArrayList<>();
		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> {
			try (CsvSourceTable table = new CsvSourceTable(file)) {
				for (SourceRow row = table.next(); row != null; row = table.next()) {
					rows.add(row);
				}
			}
		}).satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectReason.FILE_ENCODING));
		assertThat(rows).noneMatch((r) -> r.cells().values().stream().anyMatch((v) -> v.contains("\uFFFD")));
	}

	@Test
	void aQuotedCellMaySpanLinesAndABrokenQuoteRejectsTheFile() throws Exception {
		Path good = Files.write(this.temp.resolve("a.csv"),
				Fixture.utf8WithBom("項次,名稱\n1,\"第一行\n第二行\"\n2,次\n"));
		try (CsvSourceTable table = new CsvSourceTable(good)) {
			assertThat(table.next().cells()).containsEntry("名稱", "第一行\n第二行");
			assertThat(table.next().rowNumber()).isEqualTo(3);
		}
		Path broken = Files.write(this.temp.resolve("b.csv"), Fixture.utf8WithBom("項次,名稱\n1,\"沒有結束\n"));
		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> {
			try (CsvSourceTable table = new CsvSourceTable(broken)) {
				table.next();
			}
		}).satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectReason.FILE_UNREADABLE));
	}

}
