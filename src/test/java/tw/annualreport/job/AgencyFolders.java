package tw.annualreport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Source folders for the run tests: copies of the bundled sample, and a small hand-made agency
 * for any year (the schedules run the current year, which no bundled sample covers).
 */
public final class AgencyFolders {

	/** The bundled sample of 高雄市左營區衛生所, 113 (CSV, UTF-8 with BOM, a few planted bad rows). */
	public static final Path SAMPLE_KHH_ZY = Path.of("config", "sample", "113", "KHH-ZY");

	/** What the sample's import reads, accepts and rejects, summed over its files. */
	public static final long SAMPLE_READ = 760;

	public static final long SAMPLE_ACCEPTED = 754;

	public static final long SAMPLE_REJECTED = 6;

	private AgencyFolders() {
	}

	/** Copies the regular files of a folder into {@code target} (created). */
	public static Path copy(Path source, Path target) {
		try (Stream<Path> files = Files.list(source)) {
			Files.createDirectories(target);
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The names of the files in a folder, sorted (empty when it does not exist). */
	public static List<String> fileNames(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((p) -> p.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Files whose names start with '.', i.e. temporary files left behind by a write. */
	public static List<String> hiddenFiles(Path folder) {
		return fileNames(folder).stream().filter((n) -> n.startsWith(".")).toList();
	}

	/** The data fingerprint the launcher gives a folder (part of the job instance's identity). */
	public static String fingerprintOf(Path folder) {
		return AnnualReportLauncher.fingerprint(folder);
	}

	public static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A small valid agency-year dated in {@code rocYear}: two measures, two phone tests, one
	 * survey of three respondents, two cases.
	 */
	public static Path handMade(Path folder, String code, int rocYear) {
		return handMade(folder, code, rocYear, "TST-P");
	}

	/** The same, under another parent (tests sharing a database, each with a bureau of its own). */
	public static Path handMade(Path folder, String code, int rocYear, String parent) {
		String y = Integer.toString(rocYear);
		csv(folder, "agency", "機關代碼,機關名稱,上級機關代碼,上級機關名稱,收件信箱",
				code + ",排程測試區公所," + parent + ",測試市政府,office@example.org");
		csv(folder, "plan", "項次,名稱,承辦單位,指標名稱,指標單位,指標方向,目標值,前一年度實績", "1,便民服務,研考,,,,,",
				"1.1,簡化流程,研考,,,,,", "1.1.1,線上申辦,一組,線上申辦件數,件,高,200,160", "1.1.2,到府服務,二組,,,,,");
		csv(folder, "executions", "措施項次,執行日期,承辦單位,執行情形,場次,人次,指標實績,狀態,佐證",
				"1.1.1," + y + "/03/10,一組,上線,2,40,120,已完成,", "1.1.2," + y + "/04/10,二組,訪視,1,5,,執行中,");
		csv(folder, "phone_tests",
				"測試編號,測試日期,受測單位,測試人員,OP_SPEED,OP_COURTESY,UNIT_SPEED,UNIT_COURTESY,UNIT_ANSWER,扣分事由,備註",
				"T1," + y + "/02/01,一組,甲,25,20,15,25,15,,", "T2," + y + "/03/01,二組,乙,20,18,12,20,10,語氣冷淡,");
		csv(folder, "survey_questions", "問卷代碼,問卷名稱,對象,母體數,題號,題目,構面,整體題",
				"PUB,民眾滿意度調查,民眾,200,1,人員禮貌,服務品質,", "PUB,民眾滿意度調查,民眾,200,2,整體而言滿意,整體滿意度,Y");
		csv(folder, "survey_responses", "問卷代碼,回覆編號,填答日期,服務項目,性別,年齡層,Q1,Q2,意見",
				"PUB,P1," + y + "/03/01,戶籍,女,30-39歲,5,4,", "PUB,P2," + y + "/03/02,戶籍,男,40-49歲,4,4,",
				"PUB,P3," + y + "/03/03,印鑑,女,50-59歲,3,5,");
		csv(folder, "cases", "案件編號,類型,來源管道,業務類別,收件日期,處理期限日數,結案日期",
				"C1,申辦,臨櫃,戶政," + y + "/03/01,5," + y + "/03/04", "C2,陳情,市長信箱,環境," + y + "/05/10,10," + y + "/05/25");
		return folder;
	}

	private static void csv(Path folder, String name, String... lines) {
		try {
			Files.createDirectories(folder);
			Files.writeString(folder.resolve(name + ".csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
