package tw.annualreport.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tw.annualreport.support.Fixture;
import tw.annualreport.support.Workbooks;
import tw.annualreport.support.Workbooks.CellKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * XLSX sources (SPEC §3): a sheet named like a file stands for it; date cells, numeric cells and
 * numbers stored as text all read as the officer sees them; a malicious or broken workbook is
 * refused with a reason, never a crash.
 */
class XlsxSourceTableTests {

	private static final long MAX = 50L * 1024 * 1024;

	@TempDir
	Path temp;

	private Path workbook() {
		Map<String, String> sheets = new LinkedHashMap<>();
		sheets.put("executions", Fixture.EXECUTIONS);
		sheets.put("phoneTests", Fixture.PHONE_TESTS);
		return Workbooks.write(this.temp.resolve("資料.xlsx"), sheets, Map.of("執行日期", CellKind.DATE, "場次",
				CellKind.NUMBER, "指標實績", CellKind.NUMBER, "人次", CellKind.TEXT_NUMBER, "OP_SPEED", CellKind.NUMBER));
	}

	private static List<SourceRow> readAll(SourceTable table) {
		List<SourceRow> rows = new ArrayList<>();
		for (SourceRow row = table.next(); row != null; row = table.next()) {
			rows.add(row);
		}
		return rows;
	}

	@Test
	void aSheetNamedByFileNameOrAliasIsFoundInAnyWorkbookOfTheFolder() {
		workbook();
		SourceFolder folder = new SourceFolder(this.temp, MAX);

		assertThat(folder.locate(SourceFile.EXECUTIONS)).hasValueSatisfying((l) -> {
			assertThat(l.sheet()).isEqualTo("executions");
			assertThat(l.displayName()).isEqualTo("資料.xlsx［executions］");
		});
		assertThat(folder.locate(SourceFile.PHONE_TESTS)).hasValueSatisfying((l) -> assertThat(l.sheet()).isEqualTo("phoneTests"));
		assertThat(folder.locate(SourceFile.CASES)).isEmpty();
	}

	@Test
	void dateCellsReadAsIsoDatesNumericCellsWithoutTrailingZerosAndTextNumbersAsTyped() {
		workbook();
		SourceFolder folder = new SourceFolder(this.temp, MAX);
		try (SourceTable table = folder.open(folder.locate(SourceFile.EXECUTIONS).orElseThrow())) {
			assertThat(table.sheet()).isEqualTo("executions");
			assertThat(table.headers()).containsExactly("措施項次", "執行日期", "承辦單位", "執行情形", "場次", "人次", "指標實績", "狀態", "佐證");
			List<SourceRow> rows = readAll(table);

			assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2, 3, 4, 5, 6);
			assertThat(rows).extracting((r) -> r.cells().get("執行日期"))
				.containsExactly("2024-03-15", "2024-06-01", "2024-09-30", "2024-12-01", "2024-11-05");
			assertThat(rows).extracting((r) -> r.cells().get("場次")).containsExactly("1", "2", "3", "", "1");
			assertThat(rows).extracting((r) -> r.cells().get("人次")).containsExactly("12", "150", "0", "", "20");
			assertThat(rows).extracting((r) -> r.cells().get("指標實績")).containsExactly("", "150", "9.5", "", "");
			assertThat(rows.get(0).cells()).containsEntry("執行情形", "訂定年度計畫並簽核").containsEntry("狀態", "已完成");
		}
		Path xlsx = this.temp.resolve("資料.xlsx");
		assertThat(xlsx).exists();
	}

	@Test
	void blankRowsAreSkippedButKeepTheirExcelRowNumbers() {
		Workbooks.write(this.temp.resolve("book.xlsx"), Map.of("history", "年度,項目,數值\n112,phone.mean,85\n,,\n,,\n111,phone.mean,84\n"),
				Map.of("數值", CellKind.NUMBER));
		SourceFolder folder = new SourceFolder(this.temp, MAX);
		try (SourceTable table = folder.open(folder.locate(SourceFile.HISTORY).orElseThrow())) {
			assertThat(readAll(table)).extracting(SourceRow::rowNumber).containsExactly(2, 5);
		}
	}

	@Test
	void aZipBombSheetIsRefusedAsUnsafe() throws Exception {
		byte[] good = Files.readAllBytes(workbook());
		// 2 MB of blanks inside the sheet XML: compresses about a thousandfold
		byte[] bomb = Workbooks.rewrite(good, Map.of("xl/worksheets/sheet1.xml",
				(xml) -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(2_000_000))));
		assertThat(bomb.length).isLessThan(good.length + 200_000);
		Path file = this.temp.resolve("資料.xlsx");
		Files.write(file, bomb);
		SourceFolder folder = new SourceFolder(this.temp, MAX);

		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> {
			try (SourceTable table = folder.open(folder.locate(SourceFile.EXECUTIONS).orElseThrow())) {
				readAll(table);
			}
		}).satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectReason.FILE_UNSAFE));
	}

	@Test
	void aZipBombInTheSharedStringsIsRefusedAsUnsafeWhenTheWorkbookIsOpened() throws Exception {
		byte[] good = Files.readAllBytes(workbook());
		byte[] bomb = Workbooks.rewrite(good, Map.of("xl/sharedStrings.xml",
				(xml) -> xml.replaceFirst("<sst ([^>]*)>", "<sst $1>" + " ".repeat(2_000_000))));
		Files.write(this.temp.resolve("資料.xlsx"), bomb);
		SourceFolder folder = new SourceFolder(this.temp, MAX);

		// listing the sheets reads only the workbook part; opening the sheet reads the shared strings
		assertThatExceptionOfType(SourceFileException.class)
			.isThrownBy(() -> folder.open(folder.locate(SourceFile.EXECUTIONS).orElseThrow()).close())
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectReason.FILE_UNSAFE));
	}

	private Path workbookWithExternalEntity() throws Exception {
		Path secret = Files.writeString(this.temp.resolve("secret.txt"), "TOP-SECRET");
		byte[] good = Files.readAllBytes(workbook());
		byte[] xxe = Workbooks.rewrite(good, Map.of("xl/worksheets/sheet1.xml",
				(xml) -> xml.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri()
						+ "\">]><worksheet")
					.replace("<sheetData>", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>")));
		return Files.write(this.temp.resolve("資料.xlsx"), xxe);
	}

	@Test
	void anExternalEntityInASheetIsNeverExpanded() throws Exception {
		workbookWithExternalEntity();
		SourceFolder folder = new SourceFolder(this.temp, MAX);

		List<String> seen = new ArrayList<>();
		try (SourceTable table = folder.open(folder.locate(SourceFile.EXECUTIONS).orElseThrow())) {
			seen.addAll(table.headers());
			readAll(table).forEach((row) -> seen.addAll(row.cells().values()));
		}
		catch (RuntimeException ex) {
			// refused: fine, as long as the secret never shows up
			seen.add(String.valueOf(ex.getMessage()));
		}
		assertThat(seen).noneMatch((value) -> value.contains("TOP-SECRET"));
	}

	@Test
	void aSheetWithADoctypeIsRefusedAsUnsafe() throws Exception {
		workbookWithExternalEntity();
		SourceFolder folder = new SourceFolder(this.temp, MAX);

		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> {
			try (SourceTable table = folder.open(folder.locate(SourceFile.EXECUTIONS).orElseThrow())) {
				readAll(table);
			}
		}).satisfies((ex) -> assertThat(ex.reason()).isIn(RejectReason.FILE_UNSAFE, RejectReason.FILE_UNREADABLE));
	}

	@Test
	void aFileThatIsNoZipAtAllIsUnreadableNotACrash() throws Exception {
		Files.writeString(this.temp.resolve("資料.xlsx"), "this is not a workbook");
		SourceFolder folder = new SourceFolder(this.temp, MAX);

		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> folder.locate(SourceFile.EXECUTIONS))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(RejectReason.FILE_UNREADABLE);
				assertThat(ex.getMessage()).contains("資料.xlsx");
			});
	}

	@Test
	void aTruncatedWorkbookIsRefusedWithAWholeFileReason() throws Exception {
		byte[] good = Files.readAllBytes(workbook());
		Files.write(this.temp.resolve("資料.xlsx"), java.util.Arrays.copyOf(good, good.length / 2));
		SourceFolder folder = new SourceFolder(this.temp, MAX);

		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> {
			try (SourceTable table = folder.open(folder.locate(SourceFile.EXECUTIONS).orElseThrow())) {
				readAll(table);
			}
		}).satisfies((ex) -> assertThat(ex.reason()).isIn(RejectReason.FILE_UNREADABLE, RejectReason.FILE_UNSAFE));
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
		workbook();
		SourceFolder folder = new SourceFolder(this.temp, 1000);

		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> folder.locate(SourceFile.EXECUTIONS))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectReason.FILE_TOO_LARGE));
	}

	/** Malformed workbooks of every kind the guards refuse, each with what the officer is told. */
	static Stream<Arguments> unsafeWorkbooks() {
		return Stream.of(
				Arguments.of("a DOCTYPE in the shared strings", "xl/sharedStrings.xml",
						(UnaryOperator<String>) (xml) -> xml.replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY a \"b\">]><sst"),
						"DOCTYPE"),
				Arguments.of("billion laughs in a sheet", "xl/worksheets/sheet1.xml",
						(UnaryOperator<String>) (xml) -> xml.replaceFirst("<worksheet",
								"<!DOCTYPE worksheet [<!ENTITY l0 \"ha\"><!ENTITY l1 \"&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;\">]><worksheet")
							.replace("<sheetData>", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l1;</t></is></c></row>"),
						"DOCTYPE"),
				Arguments.of("a zip bomb in the shared strings", "xl/sharedStrings.xml",
						(UnaryOperator<String>) (xml) -> xml.replaceFirst("<sst ([^>]*)>", "<sst $1>" + " ".repeat(2_000_000)),
						"壓縮炸彈"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unsafeWorkbooks")
	void anUnsafeWorkbookIsRefusedWithItsCauseAndLeftByteForByteAsItWas(String name, String entry,
			UnaryOperator<String> edit, String cause) throws Exception {
		byte[] bad = Workbooks.rewrite(Files.readAllBytes(workbook()), Map.of(entry, edit));
		Path file = Files.write(this.temp.resolve("資料.xlsx"), bad);
		FileTime modified = Files.getLastModifiedTime(file);
		SourceFolder folder = new SourceFolder(this.temp, MAX);

		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> {
			try (SourceTable table = folder.open(folder.locate(SourceFile.EXECUTIONS).orElseThrow())) {
				readAll(table);
			}
		}).satisfies((ex) -> {
			assertThat(ex.reason()).isEqualTo(RejectReason.FILE_UNSAFE);
			assertThat(ex.getMessage()).contains("資料.xlsx", cause, "另存新檔").doesNotContain("Exception", "XML stream");
		});
		assertThat(Files.readAllBytes(file)).as("the officer's file is never rewritten").isEqualTo(bad);
		assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
	}

	@Test
	void aWorkbookWithThousandsOfSheetsIsRefusedSayingSo() throws Exception {
		Path file = this.temp.resolve("資料.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			for (int i = 0; i < 1_100; i++) {
				workbook.createSheet("s" + i);
			}
			try (var out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		SourceFolder folder = new SourceFolder(this.temp, MAX);

		assertThatExceptionOfType(SourceFileException.class).isThrownBy(() -> folder.locate(SourceFile.EXECUTIONS))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(RejectReason.FILE_UNSAFE);
				assertThat(ex.getMessage()).contains("資料.xlsx", "數量超過上限").doesNotContain("Exception");
			});
	}

}
