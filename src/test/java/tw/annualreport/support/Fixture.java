package tw.annualreport.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small, valid agency folder of ROC year 113 (every source file of SPEC §3), to be changed
 * file by file and written into a temporary folder. Written as UTF-8 with a BOM unless a file is
 * given as raw bytes.
 */
public final class Fixture {

	public static final String AGENCY_HEADER = "機關代碼,機關名稱,上級機關代碼,上級機關名稱,收件信箱";

	public static final String PLAN = """
			項次,名稱,承辦單位,指標名稱,指標單位,指標方向,目標值,前一年度實績,指標來源
			1,訂定提升服務工作計畫,研考,,,,,
			1.1,計畫訂定與管考,研考,,,,,
			1.1.1,訂定年度計畫,研考、一組,,,,,
			1.1.2,辦理滿意度調查,一組,調查份數,份,高,300,280
			2,便民服務,二組,,,,,
			2.1,服務流程,二組,,,,,
			2.1.1,縮短等候時間,二組/一組,平均等候時間,分,低,10,12
			""";

	public static final String EXECUTIONS = """
			措施項次,執行日期,承辦單位,執行情形,場次,人次,指標實績,狀態,佐證
			1.1.1,113/03/15,研考,訂定年度計畫並簽核,1,12,,已完成,簽呈
			1.1.2,113-06-01,一組,辦理民眾滿意度調查,2,150,150,執行中,問卷
			2.1.1,113.09.30,二組,調整叫號流程,3,0,9.5,完成,會議紀錄
			1.1.1,113年12月1日,研考,期末檢討,,,,未執行,
			2.1.1,2024/11/5,二組,檢討等候時間,1,20,,進行中,
			""";

	public static final String PHONE_TESTS = """
			測試編號,測試日期,受測單位,測試人員,OP_SPEED,OP_COURTESY,UNIT_SPEED,UNIT_COURTESY,UNIT_ANSWER,扣分事由,備註
			T1,113/02/03,一組,李佩珊,20,18,15,21,13,未報單位名稱；語氣冷淡,
			T2,113/03/03,二組,李佩珊,,,12,20,13,,直撥業務單位
			T3,113/04/03,研考,王小明,25,20,15,25,15,,
			T4,113/05/03,一組,王小明,22,17,14,24,14,鈴響超過3聲未接,
			T5,113/06/03,二組,王小明,25,20,15,25,15,,
			""";

	public static final String SURVEY_QUESTIONS = """
			問卷代碼,問卷名稱,對象,母體數,題號,題目,構面,整體題
			PUB,113年度為民服務滿意度調查,民眾,,1,洽公場所整潔舒適,洽公環境,
			PUB,113年度為民服務滿意度調查,民眾,,2,整體而言您對本所服務滿意,整體滿意度,Y
			STAFF,113年度內部同仁滿意度調查,內部同仁,40,1,工作環境,洽公環境,
			""";

	public static final String SURVEY_RESPONSES = """
			問卷代碼,回覆編號,填答日期,服務項目,性別,年齡層,Q1,Q2,意見
			PUB,P1,113/07/05,預防接種,女,30-39歲,4,5,服務很好
			PUB,P2,113/07/06,預防接種,男,40-49歲,非常滿意,9,
			PUB,P3,113/07/07,戒菸門診,女,65歲以上,不適用,0,
			PUB,P4,113/07/08,戒菸門診,男,50-59歲,3,,聯絡王先生 0912-345-678
			STAFF,S1,113/08/01,,,,5,,
			""";

	public static final String CASES = """
			案件編號,類型,來源管道,業務類別,收件日期,處理期限日數,結案日期
			C1,申辦,臨櫃,證明文件,113/01/03,10,113/01/08
			C2,陳情,市長信箱,環境衛生,113/05/03,7,
			C3,陳情,1999,食品衛生,113/12/28,10,114/01/06
			C4,申辦,網路,證明文件,113/06/10,3,113/06/10
			C5,申辦,電話,預防接種,113/03/01,5,113/03/09
			""";

	public static final String HISTORY = """
			年度,項目,數值
			112,phone.mean,85.2
			111,phone.mean,83.1
			2023,cases.onTimeRate,0.93
			""";

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private Fixture(String agencyCode) {
		text("agency.csv", AGENCY_HEADER + "\n" + agencyCode + ",測試衛生所,KHH-HB,高雄市政府衛生局,research@khh-hb.example.org\n");
		text("plan.csv", PLAN);
		text("executions.csv", EXECUTIONS);
		text("phone_tests.csv", PHONE_TESTS);
		text("survey_questions.csv", SURVEY_QUESTIONS);
		text("survey_responses.csv", SURVEY_RESPONSES);
		text("cases.csv", CASES);
		text("history.csv", HISTORY);
	}

	/** The valid folder of an agency with this code. */
	public static Fixture of(String agencyCode) {
		return new Fixture(agencyCode);
	}

	/** Replaces (or adds) a file, written as UTF-8 with a BOM. */
	public Fixture text(String name, String content) {
		return bytes(name, utf8WithBom(content));
	}

	/** Appends lines to a text file of the fixture. */
	public Fixture append(String name, String lines) {
		String content = new String(this.files.get(name), StandardCharsets.UTF_8).substring(1);
		return text(name, content + lines);
	}

	public Fixture bytes(String name, byte[] content) {
		this.files.put(name, content);
		return this;
	}

	public Fixture without(String name) {
		this.files.remove(name);
		return this;
	}

	/** Writes the files into {@code folder} (created; files already there and not in the fixture are removed). */
	public Path writeTo(Path folder) {
		try {
			Files.createDirectories(folder);
			try (Stream<Path> old = Files.list(folder)) {
				for (Path file : old.toList()) {
					Files.delete(file);
				}
			}
			for (Map.Entry<String, byte[]> file : this.files.entrySet()) {
				Files.write(folder.resolve(file.getKey()), file.getValue());
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] utf8WithBom(String content) {
		return encode(content, StandardCharsets.UTF_8, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
	}

	public static byte[] encode(String content, Charset charset, byte[] bom) {
		byte[] text = content.getBytes(charset);
		byte[] result = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, result, 0, bom.length);
		System.arraycopy(text, 0, result, bom.length, text.length);
		return result;
	}

}
