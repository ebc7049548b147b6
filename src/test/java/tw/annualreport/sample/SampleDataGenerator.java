package tw.annualreport.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the bundled sample data (executions, phone tests, surveys, cases, history) of
 * every agency folder under {@code config/sample/<ROC year>/<agency code>/} from that
 * folder's hand-transcribed {@code plan.csv} and {@code agency.csv}.
 *
 * <p>Deterministic: every random choice comes from a {@link SplittableRandom} seeded
 * from the agency code and the file name, no clock is read, and the XLSX is re-zipped
 * with fixed entry times, so two runs give byte-identical files. Each agency exercises
 * a different input variety (see {@code config/sample/README.md}); KHH-ZY also carries
 * a few deliberately bad rows so that {@code rejects.csv} has something to show.
 *
 * <p>Usage: {@code SampleDataGenerator [sampleRoot]} (default {@code config/sample}).
 */
public final class SampleDataGenerator {

	static final Charset BIG5 = Charset.forName("x-windows-950");

	static final String[] FILES = { "executions", "phone_tests", "survey_questions", "survey_responses", "cases" };

	/** How one agency's files are written. */
	enum Encoding {
		UTF8_BOM, UTF8, BIG5, XLSX
	}

	enum DateStyle {
		ROC_SLASH, ROC_DOT, ROC_CHINESE, ISO, GREGORIAN_SLASH
	}

	record Profile(String code, Encoding encoding, DateStyle dateStyle, boolean chinesePhoneHeaders,
			boolean labelAnswers, boolean plantBadRows, List<String> concreteUnits, List<String> phoneUnits,
			List<String> services, List<String> categories, int staffPopulation, AgencyType type) {

		Profile(String code, Encoding encoding, DateStyle dateStyle, boolean chinesePhoneHeaders, boolean labelAnswers,
				boolean plantBadRows, List<String> concreteUnits, List<String> phoneUnits, List<String> services,
				List<String> categories, int staffPopulation) {
			this(code, encoding, dateStyle, chinesePhoneHeaders, labelAnswers, plantBadRows, concreteUnits, phoneUnits,
					services, categories, staffPopulation, AgencyType.HEALTH_CENTRE);
		}

	}

	/** What the agency is, so that its texts read as its own: a 衛生所 speaks of 轄區醫療院所, a 區公所 of 里辦公處. */
	enum AgencyType {
		HEALTH_CENTRE, DISTRICT_OFFICE
	}

	static final List<String> HEALTH_SERVICES = List.of("預防接種", "成人健檢", "長照服務", "癌症篩檢", "食品業者登錄", "醫事人員報備", "衛教諮詢");

	static final List<String> HEALTH_CATEGORIES = List.of("預防接種", "長期照顧", "食品衛生", "醫政管理", "癌症篩檢", "傳染病防治", "環境衛生");

	static final Map<String, Profile> PROFILES = new LinkedHashMap<>();

	static {
		put(new Profile("KHH-ZY", Encoding.UTF8_BOM, DateStyle.ROC_SLASH, false, false, true,
				List.of("一組", "二組", "總務室"), List.of("一組", "二組", "總務室", "人事"), HEALTH_SERVICES,
				HEALTH_CATEGORIES, 48));
		put(new Profile("KHH-SM2", Encoding.XLSX, DateStyle.ROC_SLASH, false, false, false, List.of("一組", "二組"),
				List.of("一組", "二組"), HEALTH_SERVICES, HEALTH_CATEGORIES, 44));
		put(new Profile("KHH-MT", Encoding.BIG5, DateStyle.ROC_DOT, false, false, false,
				List.of("一組", "二組", "總務"), List.of("一組", "二組", "總務"), HEALTH_SERVICES, HEALTH_CATEGORIES, 40));
		put(new Profile("KHH-SMD", Encoding.UTF8, DateStyle.ROC_CHINESE, false, true, false,
				List.of("民政課", "社會課", "兵役課", "人文課", "經建課", "秘書室"),
				List.of("秘書室", "民政課", "社會課", "兵役課", "人文課", "經建課", "政風室", "會計室", "人事室"),
				List.of("戶政諮詢", "社會救助申請", "役男徵兵", "調解服務", "里政服務", "災害救助", "低收入戶申請"),
				List.of("社會救助", "兵役行政", "里鄰行政", "調解業務", "道路路燈", "災害防救", "人文活動"), 75,
				AgencyType.DISTRICT_OFFICE));
		put(new Profile("HSZ-E", Encoding.UTF8_BOM, DateStyle.ISO, true, false, false, List.of("東區衛生所"),
				List.of("保健組", "防疫組", "行政組"), HEALTH_SERVICES, HEALTH_CATEGORIES, 41));
	}

	private static void put(Profile p) {
		PROFILES.put(p.code(), p);
	}

	/** @param source 指標來源: the report computes this indicator's actual, records give none */
	record PlanRow(String code, String title, List<String> units, String indicator, String indicatorUnit,
			String direction, Double target, Double previous, String source) {
		boolean hasIndicator() {
			return this.indicator != null && !this.indicator.isBlank();
		}

		boolean bound() {
			return this.source != null && !this.source.isBlank();
		}

		/** Bound to its measure's own 場次 or 人次 ({@code measure.sessions}). */
		boolean countedByMeasure() {
			return bound() && this.source.startsWith("measure.");
		}
	}

	/**
	 * How many rows a generated agency gets (the benchmark's scales); the bundled samples draw
	 * their own small counts instead ({@link #SAMPLE}).
	 *
	 * @param recordsPerMeasure execution records of each measure that has any
	 * @param publicRespondents respondents of the public survey (PUB, 12 questions)
	 * @param staffRespondents respondents of the staff survey (STAFF, 8 questions)
	 */
	record Volume(int recordsPerMeasure, int phoneTests, int publicRespondents, int staffRespondents, int cases) {
	}

	/** The bundled samples: every count drawn from the agency's seeded random numbers. */
	static final Volume SAMPLE = null;

	private SampleDataGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Paths.get(args.length > 0 ? args[0] : "config/sample");
		List<Path> folders = agencyFolders(root);
		if (folders.isEmpty()) {
			throw new IllegalStateException("no agency folder with plan.csv under " + root.toAbsolutePath());
		}
		for (Path folder : folders) {
			generate(folder);
			System.out.println("generated " + root.relativize(folder));
		}
	}

	/** Folders {@code <root>/<year>/<code>} that hold a plan.csv, sorted by path. */
	static List<Path> agencyFolders(Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root, 2)) {
			return s.filter((p) -> Files.isRegularFile(p.resolve("plan.csv"))).sorted().toList();
		}
	}

	/** Names of the files {@link #generate} writes into an agency folder. */
	static List<String> outputFiles(String agencyCode) {
		Profile p = PROFILES.get(agencyCode);
		List<String> names = new ArrayList<>();
		if (p.encoding() == Encoding.XLSX) {
			names.add("資料.xlsx");
		}
		else {
			for (String f : FILES) {
				names.add(f + ".csv");
			}
		}
		names.add("history.csv");
		names.add("improvements.csv");
		return names;
	}

	static void generate(Path folder) throws IOException {
		String code = folder.getFileName().toString();
		int rocYear = Integer.parseInt(folder.getParent().getFileName().toString());
		Profile profile = PROFILES.get(code);
		if (profile == null) {
			throw new IllegalArgumentException("no generation profile for agency " + code);
		}
		generate(folder, profile, rocYear, SAMPLE);
	}

	/** Writes the data files of one agency folder that holds its plan.csv, at the volume given. */
	static void generate(Path folder, Profile profile, int rocYear, Volume volume) throws IOException {
		List<PlanRow> plan = readPlan(folder.resolve("plan.csv"));
		Generator g = new Generator(profile, rocYear, plan, volume);
		Map<String, Table> tables = new LinkedHashMap<>();
		tables.put("executions", g.executions());
		tables.put("phone_tests", g.phoneTests());
		tables.put("survey_questions", g.surveyQuestions());
		tables.put("survey_responses", g.surveyResponses());
		tables.put("cases", g.cases());
		if (profile.encoding() == Encoding.XLSX) {
			writeXlsx(folder.resolve("資料.xlsx"), tables);
		}
		else {
			for (Map.Entry<String, Table> e : tables.entrySet()) {
				writeCsv(folder.resolve(e.getKey() + ".csv"), e.getValue(), profile.encoding());
			}
		}
		// history.csv is plain UTF-8 (Big5 for KHH-MT) in every folder
		writeCsv(folder.resolve("history.csv"), g.history(),
				profile.encoding() == Encoding.XLSX ? Encoding.UTF8_BOM : profile.encoding());
		if (volume == SAMPLE) {
			// the officer's 檢討與改進: some flags have theirs, some are left for the report to show empty
			writeCsv(folder.resolve("improvements.csv"), g.improvements(tables.get("executions")),
					profile.encoding() == Encoding.XLSX ? Encoding.UTF8_BOM : profile.encoding());
		}
	}

	// ---------------------------------------------------------------- reading

	static String decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, BIG5);
		}
	}

	static List<CSVRecord> readCsv(Path file) throws IOException {
		String text = decode(Files.readAllBytes(file));
		try (Reader r = new StringReader(text)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
		}
	}

	static List<PlanRow> readPlan(Path file) throws IOException {
		List<PlanRow> rows = new ArrayList<>();
		for (CSVRecord r : readCsv(file)) {
			List<String> units = Arrays.stream(r.get("承辦單位").split("[、,;/]"))
				.map(String::trim)
				.filter((u) -> !u.isEmpty())
				.toList();
			rows.add(new PlanRow(r.get("項次"), r.get("名稱"), units, r.get("指標名稱"), r.get("指標單位"),
					r.get("指標方向").isBlank() ? "高" : r.get("指標方向"), number(r.get("目標值")),
					number(r.get("前一年度實績")), r.isMapped("指標來源") ? r.get("指標來源") : ""));
		}
		return rows;
	}

	private static Double number(String s) {
		return (s == null || s.isBlank()) ? null : Double.valueOf(s);
	}

	static List<PlanRow> leaves(List<PlanRow> plan) {
		return plan.stream()
			.filter((p) -> plan.stream().noneMatch((c) -> c.code().startsWith(p.code() + ".")))
			.toList();
	}

	// ---------------------------------------------------------------- tables

	/** A header and rows of cells: String, Integer, Double, LocalDate or {@link TextNumber}. */
	record Table(List<String> header, List<List<Object>> rows) {
		Table(String... header) {
			this(List.of(header), new ArrayList<>());
		}
	}

	/** A number that the XLSX stores as a text cell (what a hand-typed sheet often holds). */
	record TextNumber(String text) {
	}

	/** A value written as is in every format (a planted bad value). */
	record Raw(String text) {
	}

	static final class Generator {

		private final Profile profile;

		private final int rocYear;

		private final int year;

		private final List<PlanRow> plan;

		private final Volume volume;

		Generator(Profile profile, int rocYear, List<PlanRow> plan, Volume volume) {
			this.profile = profile;
			this.rocYear = rocYear;
			this.year = rocYear + 1911;
			this.plan = plan;
			this.volume = volume;
		}

		/** The count the volume sets, or the sample's own draw. */
		private int count(SplittableRandom r, java.util.function.ToIntFunction<Volume> scaled, int from, int spread) {
			return this.volume == null ? from + r.nextInt(spread) : scaled.applyAsInt(this.volume);
		}

		private SplittableRandom rng(String file) {
			return new SplittableRandom((this.profile.code() + "/" + file).hashCode() * 1_000_003L + this.rocYear);
		}

		private Object date(LocalDate d) {
			if (this.profile.encoding() == Encoding.XLSX) {
				return d;
			}
			return formatDate(d, this.profile.dateStyle());
		}

		private LocalDate randomDate(SplittableRandom r, int fromDay, int toDay) {
			return LocalDate.of(this.year, 1, 1).plusDays(fromDay + r.nextInt(toDay - fromDay + 1));
		}

		private int lastDayOfYear() {
			return LocalDate.of(this.year, 12, 31).getDayOfYear() - 1;
		}

		private String concreteUnit(SplittableRandom r, List<String> units) {
			String u = units.isEmpty() ? "各組室" : pick(r, units);
			if (u.startsWith("各")) {
				return pick(r, this.profile.concreteUnits());
			}
			return u;
		}

		// ------------------------------------------------------------ executions

		Table executions() {
			SplittableRandom r = rng("executions");
			Table t = new Table("措施項次", "執行日期", "承辦單位", "執行情形", "場次", "人次", "指標實績", "狀態", "佐證");
			List<PlanRow> leaves = leaves(this.plan);
			List<Integer> order = shuffledIndexes(r, leaves.size());
			int notStarted = Math.max(1, (int) Math.round(leaves.size() * 0.08));
			int inProgress = Math.max(2, (int) Math.round(leaves.size() * 0.12));
			for (int li = 0; li < leaves.size(); li++) {
				PlanRow leaf = leaves.get(li);
				int rank = order.indexOf(li);
				if (rank < notStarted) {
					continue; // 未執行: no record at all
				}
				boolean onlyInProgress = rank < notStarted + inProgress;
				int n = count(r, Volume::recordsPerMeasure, 1, 4);
				List<LocalDate> dates = new ArrayList<>();
				for (int i = 0; i < n; i++) {
					dates.add(randomDate(r, 10, lastDayOfYear() - 5));
				}
				dates.sort(null);
				for (int i = 0; i < n; i++) {
					boolean last = i == n - 1;
					String status = (onlyInProgress || !last) ? "執行中" : "已完成";
					int sessions = r.nextInt(100) < 20 ? 0 : 1 + r.nextInt(12);
					Object participants = r.nextInt(100) < 15 ? "" : Integer.valueOf(5 + r.nextInt(380));
					Object sessionsCell = sessions == 0 && r.nextBoolean() ? "" : Integer.valueOf(sessions);
					if (this.profile.encoding() == Encoding.XLSX && participants instanceof Integer p
							&& r.nextInt(100) < 12) {
						participants = new TextNumber(p.toString());
					}
					Object actual = "";
					if (leaf.hasIndicator() && (last || r.nextInt(100) < 40)) {
						actual = indicatorActual(r, leaf, last);
						// drawn all the same, so the rest of the data stays as it was; the planted folder keeps
						// the typed actual of an indicator counted in its measure's 場次/人次, which the
						// report must compare with the measure's sum (資料品質說明)
						if (leaf.bound() && !(this.profile.plantBadRows() && leaf.countedByMeasure())) {
							actual = "";
						}
					}
					t.rows()
						.add(new ArrayList<>(List.of(leaf.code(), date(dates.get(i)), concreteUnit(r, leaf.units()),
								description(r, leaf, i), sessionsCell, participants, actual, status,
								pick(r, EVIDENCE))));
				}
			}
			if (this.profile.plantBadRows()) {
				// bad row: dated in the previous year
				PlanRow leaf = leaves(this.plan).get(3);
				t.rows()
					.add(7, new ArrayList<>(List.of(leaf.code(),
							formatDate(LocalDate.of(this.year - 1, 12, 28), this.profile.dateStyle()),
							concreteUnit(r, leaf.units()), "年度計畫前置作業，召開籌備會議確認分工與期程。", 1, 12, "",
							"執行中", "會議紀錄")));
			}
			return t;
		}

		private static List<Integer> shuffledIndexes(SplittableRandom r, int n) {
			List<Integer> idx = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				idx.add(i);
			}
			for (int i = n - 1; i > 0; i--) {
				int j = r.nextInt(i + 1);
				Integer tmp = idx.get(i);
				idx.set(i, idx.get(j));
				idx.set(j, tmp);
			}
			return idx;
		}

		private Object indicatorActual(SplittableRandom r, PlanRow leaf, boolean last) {
			double target = leaf.target();
			boolean lowerBetter = "低".equals(leaf.direction());
			double factor = lowerBetter ? 0.8 + r.nextDouble() * 0.45 : 0.82 + r.nextDouble() * 0.3;
			if (!last) {
				factor = lowerBetter ? factor * 1.1 : factor * 0.7;
			}
			double v = target * factor;
			if ("%".equals(leaf.indicatorUnit())) {
				v = Math.min(v, 99.5);
			}
			if (Arrays.asList("件", "人次", "人", "場").contains(leaf.indicatorUnit())) {
				return Integer.valueOf((int) Math.round(v));
			}
			return Double.valueOf(Math.round(v * 10) / 10.0);
		}

		private String description(SplittableRandom r, PlanRow leaf, int index) {
			boolean district = this.profile.type() == AgencyType.DISTRICT_OFFICE;
			StringBuilder sb = new StringBuilder();
			sb.append(pick(r, district ? DISTRICT_OPENINGS : HEALTH_OPENINGS));
			int extra = r.nextInt(100) < 35 ? 4 + r.nextInt(3) : 1 + r.nextInt(2);
			List<String> pool = new ArrayList<>(DETAILS);
			pool.addAll(district ? DISTRICT_DETAILS : HEALTH_DETAILS);
			for (int i = 0; i < extra && !pool.isEmpty(); i++) {
				sb.append(pool.remove(r.nextInt(pool.size())));
			}
			String text = sb.toString().replaceAll("[，。]$", "") + "。";
			if (index > 0 && r.nextBoolean()) {
				text += "本次並追蹤前次執行之改善事項，均已依限完成。";
			}
			return text;
		}

		// ------------------------------------------------------------ improvements

		/**
		 * improvements.csv: an improvement for every measure left without records but the last, for
		 * the first indicator whose actual falls short of its target, and one item of the agency's
		 * own; the other flags are left without, as an officer who has not finished would.
		 */
		Table improvements(Table executions) {
			boolean district = this.profile.type() == AgencyType.DISTRICT_OFFICE;
			Table t = new Table("項目", "檢討", "改進措施", "承辦單位", "預定完成日期");
			List<PlanRow> leaves = leaves(this.plan);
			List<PlanRow> unstarted = leaves.stream()
				.filter((leaf) -> executions.rows().stream().noneMatch((row) -> row.get(0).equals(leaf.code())))
				.toList();
			for (int i = 0; i < unstarted.size() - 1; i++) {
				PlanRow leaf = unstarted.get(i);
				t.rows().add(new ArrayList<>(List.of(leaf.code(), district ? "業務調整，年度內未排定辦理期程" : "人力調度不及，年度內未能辦理",
						district ? "列入下年度區務會議列管，由承辦課室擬定辦理期程，每季提報進度"
								: "列入下年度所務會議列管，由承辦組訂定季進度表，每季提報辦理情形",
						unitOf(leaf), dueDate(3 + 3 * (i % 2)))));
			}
			leaves.stream().filter((leaf) -> leaf.hasIndicator() && !leaf.bound() && belowTarget(leaf, executions))
				.findFirst()
				.ifPresent((leaf) -> t.rows().add(new ArrayList<>(List.of(leaf.code(), "",
						district ? "結合里辦公處及社區發展協會擴大宣傳，增加辦理場次" : "結合轄區醫療院所及社區據點擴大宣導，增加設站場次",
						unitOf(leaf), dueDate(9)))));
			if (district) {
				t.rows().add(new ArrayList<>(List.of("里政資訊即時更新", "部分里辦公處公告資訊未即時更新",
						"每月由民政課彙整各里公告，統一更新至本所網站及社群專頁", "民政課", dueDate(6))));
			}
			else {
				t.rows().add(new ArrayList<>(List.of("門診候診動線", "尖峰時段預防接種候診時間較長",
						"調整門診時段並增設線上預約及叫號顯示", this.profile.concreteUnits().get(0), dueDate(6))));
			}
			return t;
		}

		/** Whether the indicator's latest actual (the last record that has one) is short of its target. */
		private boolean belowTarget(PlanRow leaf, Table executions) {
			Object actual = null;
			for (List<Object> row : executions.rows()) {
				if (row.get(0).equals(leaf.code()) && !"".equals(row.get(6))) {
					actual = row.get(6);
				}
			}
			if (!(actual instanceof Number n)) {
				return false;
			}
			return "低".equals(leaf.direction()) ? n.doubleValue() > leaf.target() : n.doubleValue() < leaf.target();
		}

		private String unitOf(PlanRow leaf) {
			String unit = leaf.units().isEmpty() ? "各組室" : leaf.units().get(0);
			return unit.startsWith("各") ? this.profile.concreteUnits().get(0) : unit;
		}

		/** The end of a month of the year after the report's. */
		private Object dueDate(int month) {
			LocalDate due = LocalDate.of(this.year + 1, month, 1).plusMonths(1).minusDays(1);
			return this.profile.encoding() == Encoding.XLSX ? formatDate(due, DateStyle.ROC_SLASH) : date(due);
		}

		// ------------------------------------------------------------ phone tests

		Table phoneTests() {
			SplittableRandom r = rng("phone_tests");
			String[] items = this.profile.chinesePhoneHeaders() ? new String[] { "總機接聽速度", "總機電話禮貌", "業務單位接聽速度",
					"業務單位電話禮貌", "答話內容" } : new String[] { "OP_SPEED", "OP_COURTESY", "UNIT_SPEED", "UNIT_COURTESY",
							"UNIT_ANSWER" };
			int[] max = { 25, 20, 15, 25, 15 };
			Table t = new Table("測試編號", "測試日期", "受測單位", "測試人員", items[0], items[1], items[2], items[3], items[4],
					"扣分事由", "備註");
			int n = this.profile.plantBadRows() ? 40 : count(r, Volume::phoneTests, 30, 11);
			List<LocalDate> dates = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				dates.add(randomDate(r, 15, lastDayOfYear() - 10));
			}
			dates.sort(null);
			for (int i = 0; i < n; i++) {
				boolean direct = r.nextInt(100) < 20;
				double q = clamp(0.865 + gaussian(r) * 0.075, 0.5, 1.0);
				Object[] scores = new Object[5];
				List<String> reasons = new ArrayList<>();
				for (int k = direct ? 2 : 0; k < 5; k++) {
					double share = clamp(q + gaussian(r) * 0.07, 0.0, 1.0);
					int s = (int) Math.round(max[k] * share);
					if (r.nextInt(100) < 15) {
						s = max[k];
					}
					scores[k] = Integer.valueOf(s);
					if (s < max[k]) {
						String reason = pick(r, REASONS[k]);
						if (!reasons.contains(reason)) {
							reasons.add(reason);
						}
					}
				}
				List<Object> row = new ArrayList<>();
				row.add(String.format("T%d-%03d", this.rocYear, i + 1));
				row.add(date(dates.get(i)));
				row.add(pick(r, this.profile.phoneUnits()));
				row.add(pick(r, TESTERS));
				for (Object s : scores) {
					row.add(s == null ? "" : s);
				}
				row.add(String.join("；", reasons));
				row.add(direct ? "直撥業務單位" : (r.nextInt(100) < 12 ? pick(r, PHONE_NOTES) : ""));
				t.rows().add(row);
			}
			if (this.profile.plantBadRows()) {
				// bad row: UNIT_COURTESY 27 > its maximum 25
				t.rows()
					.add(11, new ArrayList<>(List.of(String.format("T%d-901", this.rocYear),
							date(LocalDate.of(this.year, 4, 16)), this.profile.phoneUnits().get(0), TESTERS.get(0),
							22, 18, 14, 27, 14, "", "")));
				// bad row: 總機 part half filled (OP_SPEED scored, OP_COURTESY blank)
				t.rows()
					.add(25, new ArrayList<>(List.of(String.format("T%d-902", this.rocYear),
							date(LocalDate.of(this.year, 8, 7)), this.profile.phoneUnits().get(1), TESTERS.get(1), 20,
							"", 13, 22, 12, "轉接等候過久", "")));
			}
			return t;
		}

		// ------------------------------------------------------------ surveys

		Table surveyQuestions() {
			Table t = new Table("問卷代碼", "問卷名稱", "對象", "母體數", "題號", "題目", "構面", "整體題");
			String pubTitle = this.rocYear + "年度為民服務滿意度調查";
			for (int i = 0; i < PUB_QUESTIONS.length; i++) {
				t.rows()
					.add(new ArrayList<>(List.of("PUB", pubTitle, "民眾", "", i + 1, PUB_QUESTIONS[i][1],
							PUB_QUESTIONS[i][0], "整體滿意度".equals(PUB_QUESTIONS[i][0]) ? "Y" : "")));
			}
			String staffTitle = this.rocYear + "年度內部同仁滿意度調查";
			for (int i = 0; i < STAFF_QUESTIONS.length; i++) {
				t.rows()
					.add(new ArrayList<>(List.of("STAFF", staffTitle, "內部同仁", this.profile.staffPopulation(), i + 1,
							STAFF_QUESTIONS[i][1], STAFF_QUESTIONS[i][0], "")));
			}
			return t;
		}

		Table surveyResponses() {
			SplittableRandom r = rng("survey_responses");
			int qCount = Math.max(PUB_QUESTIONS.length, STAFF_QUESTIONS.length);
			List<String> header = new ArrayList<>(List.of("問卷代碼", "回覆編號", "填答日期", "服務項目", "性別", "年齡層"));
			for (int i = 1; i <= qCount; i++) {
				header.add("Q" + i);
			}
			header.add("意見");
			Table t = new Table(header, new ArrayList<>());
			int nPub = count(r, Volume::publicRespondents, 250, 151);
			for (int i = 0; i < nPub; i++) {
				List<Object> row = new ArrayList<>();
				row.add("PUB");
				row.add(String.format("P%04d", i + 1));
				row.add(date(randomDate(r, 3, lastDayOfYear() - 3)));
				row.add(pick(r, this.profile.services()));
				row.add(r.nextInt(100) < 56 ? "女" : "男");
				row.add(pick(r, AGE_BANDS));
				double latent = clamp(4.25 + gaussian(r) * 0.55, 1.2, 5.0);
				for (int q = 0; q < qCount; q++) {
					row.add(q < PUB_QUESTIONS.length ? answer(r, latent, true) : "");
				}
				String comment = "";
				int pii = PII_ROWS.indexOf(i);
				if (pii >= 0) {
					comment = PII_COMMENTS.get(pii);
				}
				else if (r.nextInt(100) < 15) {
					comment = pick(r, latent < 3.8 ? BAD_COMMENTS
							: this.profile.type() == AgencyType.DISTRICT_OFFICE ? DISTRICT_GOOD_COMMENTS : GOOD_COMMENTS);
				}
				row.add(comment);
				t.rows().add(row);
			}
			int nStaff = count(r, Volume::staffRespondents, 30, 11);
			for (int i = 0; i < nStaff; i++) {
				List<Object> row = new ArrayList<>();
				row.add("STAFF");
				row.add(String.format("S%03d", i + 1));
				row.add(date(randomDate(r, 300, 330)));
				row.add("");
				row.add(r.nextInt(100) < 65 ? "女" : "男");
				row.add(pick(r, STAFF_AGE_BANDS));
				double latent = clamp(3.95 + gaussian(r) * 0.6, 1.5, 5.0);
				boolean complete = i % 5 != 4; // four in five answer every question
				for (int q = 0; q < qCount; q++) {
					row.add(q < STAFF_QUESTIONS.length ? answer(r, latent, !complete) : "");
				}
				row.add(r.nextInt(100) < 15 ? pick(r, STAFF_COMMENTS) : "");
				t.rows().add(row);
			}
			if (this.profile.plantBadRows()) {
				// bad row: answer 7 to Q3
				List<Object> bad = new ArrayList<>(t.rows().get(40));
				bad.set(1, String.format("P%04d", nPub + 1));
				bad.set(8, new Raw("7"));
				t.rows().add(nPub, bad);
				// bad row: duplicate 回覆編號 within PUB (the later row is rejected)
				List<Object> dup = new ArrayList<>(t.rows().get(100));
				dup.set(1, String.format("P%04d", 57));
				dup.set(dup.size() - 1, "");
				t.rows().add(101, dup);
			}
			return t;
		}

		private Object answer(SplittableRandom r, double latent, boolean allowMissing) {
			if (allowMissing) {
				int roll = r.nextInt(1000);
				if (roll < 35) {
					return "";
				}
				if (roll < 60) {
					return this.profile.labelAnswers() ? "不適用" : Integer.valueOf(9);
				}
			}
			int v = (int) Math.round(clamp(latent + gaussian(r) * 0.6, 1, 5));
			return this.profile.labelAnswers() ? LIKERT_LABELS[v] : Integer.valueOf(v);
		}

		// ------------------------------------------------------------ cases

		Table cases() {
			SplittableRandom r = rng("cases");
			Table t = new Table("案件編號", "類型", "來源管道", "業務類別", "收件日期", "處理期限日數", "結案日期");
			int n = count(r, Volume::cases, 120, 181);
			List<LocalDate> received = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				received.add(randomDate(r, 2, lastDayOfYear() - 1));
			}
			received.sort(null);
			LocalDate yearEnd = LocalDate.of(this.year, 12, 31);
			for (int i = 0; i < n; i++) {
				boolean petition = r.nextInt(100) < 32;
				String channel = petition ? pick(r, PETITION_CHANNELS) : pick(r, APPLICATION_CHANNELS);
				int limit = petition ? pick(r, List.of(6, 10, 15, 30)) : pick(r, List.of(3, 5, 7, 10, 14));
				LocalDate in = received.get(i);
				int roll = r.nextInt(100);
				int days;
				if (roll < 84) {
					days = r.nextInt(limit + 1);
				}
				else if (roll < 97) {
					days = limit + 1 + r.nextInt(Math.max(2, limit / 2 + 1));
				}
				else {
					days = -1; // still open
				}
				LocalDate closed = days < 0 ? null : in.plusDays(days);
				if (closed != null && closed.isAfter(yearEnd)) {
					closed = null;
				}
				t.rows()
					.add(new ArrayList<>(List.of(String.format("C%d-%04d", this.rocYear, i + 1), petition ? "陳情" : "申辦",
							channel, pick(r, this.profile.categories()), date(in), limit,
							closed == null ? "" : date(closed))));
			}
			if (this.profile.plantBadRows()) {
				// bad row: impossible date 2 月 30 日
				t.rows()
					.add(30, new ArrayList<>(List.of(String.format("C%d-9001", this.rocYear), "申辦", "臨櫃",
							this.profile.categories().get(0), new Raw(this.rocYear + "/02/30"), 7, "")));
			}
			return t;
		}

		// ------------------------------------------------------------ history

		Table history() {
			SplittableRandom r = rng("history");
			Table t = new Table("年度", "項目", "數值");
			for (int y = this.rocYear - 2; y < this.rocYear; y++) {
				int age = this.rocYear - y;
				t.rows().add(row(y, "phone.mean", round4(84.0 - age * 1.3 + r.nextDouble() * 3)));
				t.rows().add(row(y, "phone.passRate", round4(0.78 - age * 0.03 + r.nextDouble() * 0.1)));
				t.rows().add(row(y, "survey.PUB.satisfactionRate", round4(0.86 - age * 0.01 + r.nextDouble() * 0.05)));
				t.rows().add(row(y, "survey.STAFF.satisfactionRate", round4(0.74 + r.nextDouble() * 0.08)));
				t.rows().add(row(y, "cases.onTimeRate", round4(0.86 - age * 0.015 + r.nextDouble() * 0.05)));
			}
			return t;
		}

		private static List<Object> row(Object... cells) {
			return new ArrayList<>(Arrays.asList(cells));
		}

	}

	// ---------------------------------------------------------------- helpers

	static String formatDate(LocalDate d, DateStyle style) {
		int roc = d.getYear() - 1911;
		return switch (style) {
			case ROC_SLASH -> String.format("%d/%02d/%02d", roc, d.getMonthValue(), d.getDayOfMonth());
			case ROC_DOT -> String.format("%d.%02d.%02d", roc, d.getMonthValue(), d.getDayOfMonth());
			case ROC_CHINESE -> String.format("%d年%d月%d日", roc, d.getMonthValue(), d.getDayOfMonth());
			case ISO -> d.toString();
			case GREGORIAN_SLASH -> String.format("%d/%d/%d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
		};
	}

	static String round4(double v) {
		return String.format("%.4f", v);
	}

	static <T> T pick(SplittableRandom r, List<T> list) {
		return list.get(r.nextInt(list.size()));
	}

	static double clamp(double v, double lo, double hi) {
		return Math.max(lo, Math.min(hi, v));
	}

	/** Sum of uniforms (Irwin-Hall), roughly N(0,1); SplittableRandom has no nextGaussian on Java 17. */
	static double gaussian(SplittableRandom r) {
		double s = 0;
		for (int i = 0; i < 12; i++) {
			s += r.nextDouble();
		}
		return s - 6;
	}

	/** A short topic from a measure title: the words before the first colon or comma. */
	static String cellText(Object v) {
		if (v == null) {
			return "";
		}
		if (v instanceof TextNumber tn) {
			return tn.text();
		}
		if (v instanceof Raw raw) {
			return raw.text();
		}
		if (v instanceof LocalDate d) {
			return d.toString();
		}
		return v.toString();
	}

	static void writeCsv(Path file, Table table, Encoding encoding) throws IOException {
		StringBuilder sb = new StringBuilder();
		try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.DEFAULT)) {
			p.printRecord(table.header());
			for (List<Object> row : table.rows()) {
				p.printRecord(row.stream().map(SampleDataGenerator::cellText).toList());
			}
		}
		byte[] bytes;
		switch (encoding) {
			case BIG5 -> {
				CharsetEncoder enc = BIG5.newEncoder();
				if (!enc.canEncode(sb)) {
					for (int i = 0; i < sb.length(); i++) {
						if (!enc.canEncode(sb.charAt(i))) {
							throw new IllegalStateException(
									file + ": character '" + sb.charAt(i) + "' is not encodable in Big5");
						}
					}
				}
				bytes = sb.toString().getBytes(BIG5);
			}
			case UTF8 -> bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
			default -> bytes = ("\uFEFF" + sb).getBytes(StandardCharsets.UTF_8);
		}
		Files.write(file, bytes);
	}

	/** Fixed time for the XLSX core properties and zip entries, so the bytes are stable. */
	static final Date FIXED = Date.from(LocalDate.of(2025, 1, 2).atStartOfDay().toInstant(ZoneOffset.UTC));

	static void writeXlsx(Path file, Map<String, Table> tables) throws IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			wb.getProperties().getCoreProperties().setCreated(Optional.of(FIXED));
			wb.getProperties().getCoreProperties().setModified(Optional.of(FIXED));
			wb.getProperties().getCoreProperties().setCreator("SampleDataGenerator");
			CellStyle dateStyle = wb.createCellStyle();
			dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
			for (Map.Entry<String, Table> e : tables.entrySet()) {
				Sheet sheet = wb.createSheet(e.getKey());
				Row h = sheet.createRow(0);
				List<String> header = e.getValue().header();
				for (int c = 0; c < header.size(); c++) {
					h.createCell(c).setCellValue(header.get(c));
				}
				int rowNo = 1;
				for (List<Object> values : e.getValue().rows()) {
					Row row = sheet.createRow(rowNo++);
					for (int c = 0; c < values.size(); c++) {
						Object v = values.get(c);
						if (v == null || "".equals(v)) {
							continue;
						}
						Cell cell = row.createCell(c);
						if (v instanceof LocalDate d) {
							cell.setCellValue(d);
							cell.setCellStyle(dateStyle);
						}
						else if (v instanceof Number num) {
							cell.setCellValue(num.doubleValue());
						}
						else {
							cell.setCellValue(cellText(v));
						}
					}
				}
			}
			wb.write(raw);
		}
		Files.write(file, normaliseZip(raw.toByteArray()));
	}

	/** Re-zips with fixed entry times and order-preserving STORED-free deflate, for stable bytes. */
	static byte[] normaliseZip(byte[] zip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream z = new ZipOutputStream(out)) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				byte[] data = in.readAllBytes();
				ZipEntry copy = new ZipEntry(e.getName());
				copy.setTime(FIXED.getTime());
				z.putNextEntry(copy);
				z.write(data);
				z.closeEntry();
			}
		}
		return out.toByteArray();
	}

	// ---------------------------------------------------------------- vocabulary

	/** How a record of a 衛生所 starts: what was done, in its own words (never the measure's title again). */
	static final List<String> HEALTH_OPENINGS = List.of("於本所大廳設置服務台受理民眾諮詢，", "派員至社區關懷據點設站提供健康服務，",
			"辦理社區衛教講座，", "於所務會議提報辦理進度，", "配合衛生局政策辦理宣導，");

	/** How a record of a 區公所 starts. */
	static final List<String> DISTRICT_OPENINGS = List.of("於區務會議提報辦理進度，", "結合里辦公處辦理宣導說明會，",
			"於區民活動中心設站受理申辦，", "派員至各里訪視了解民眾需求，", "配合市府政策辦理，");

	static final List<String> DETAILS = List.of("於內部工作會議提報執行進度並檢討改善，",
			"活動結束後發放滿意度問卷，整體滿意度達九成以上，",
			"針對民眾反映之意見逐項列管追蹤，並於期限內回覆處理情形，",
			"將作業流程、應備文件及處理期限更新公告於本機關網站及服務台，方便民眾查詢與下載，",
			"同步運用LINE群組、臉書粉絲專頁及跑馬燈宣導，擴大訊息觸及率，",
			"辦理同仁教育訓練，強化服務禮儀及專業知能，",
			"完成相關表單簡化及標準作業流程修訂，減少民眾往返次數，",
			"執行成果已彙整於年度成果報告並留存相關佐證資料，",
			"另針對高齡、新住民及身心障礙等族群提供客製化說明資料與專人協助，降低其取得服務的成本，",
			"並於期末召開檢討會議，就執行困難及民眾建議研提具體改善措施，列入下年度計畫持續辦理，");

	/** What only a 衛生所 does. */
	static final List<String> HEALTH_DETAILS = List.of("邀請轄區社區關懷據點及志工共同參與，現場民眾反應熱烈，",
			"對行動不便及獨居長者提供到府服務，並協助轉介長照資源，",
			"與轄區醫療院所合作提供單一窗口轉介服務，縮短民眾等候時間，");

	/** What only a 區公所 does. */
	static final List<String> DISTRICT_DETAILS = List.of("邀請轄區里長及社區發展協會共同參與，現場民眾反應熱烈，",
			"由社會課會同里幹事訪視獨居長者，協助申請社會救助及福利服務，",
			"與轄區戶政事務所合作提供跨機關收件服務，減少民眾往返次數，");

	static final List<String> EVIDENCE = List.of("簽到表、活動照片", "會議紀錄", "網頁截圖", "公文影本", "活動照片、滿意度問卷",
			"成果報告", "簽到表", "統計報表、會議紀錄");

	static final List<String> TESTERS = List.of("林雅婷", "陳志明", "黃怡君", "張家豪", "李佩珊");

	static final List<String>[] REASONS = reasons();

	@SuppressWarnings("unchecked")
	private static List<String>[] reasons() {
		return new List[] { List.of("鈴響超過3聲未接", "總機忙線"), List.of("未報單位名稱", "未使用問候語", "語氣冷淡"),
				List.of("鈴響超過3聲未接", "轉接等候過久"),
				List.of("未報單位名稱", "未使用問候語", "語氣冷淡", "未說再見", "未留下來電者資料"),
				List.of("答話內容不完整", "未主動告知承辦人姓名", "未留下來電者資料") };
	}

	static final List<String> PHONE_NOTES = List.of("分機忙線後回撥", "承辦人外出由代理人接聽", "午休時段測試", "轉接兩次");

	static final String[][] PUB_QUESTIONS = { { "洽公環境", "洽公場所整潔舒適" }, { "洽公環境", "服務動線及指引標示清楚" },
			{ "洽公環境", "無障礙及便民設施完善" }, { "服務禮儀", "服務人員態度親切有禮" }, { "服務禮儀", "服務人員主動協助" },
			{ "服務禮儀", "電話接聽禮貌良好" }, { "服務專業性", "服務人員專業知識充足" }, { "服務專業性", "說明清楚易懂" },
			{ "服務專業性", "案件處理迅速正確" }, { "服務措施", "申辦流程簡便" }, { "服務措施", "網站及線上服務便利" },
			{ "整體滿意度", "整體而言，您對本機關的服務滿意程度" } };

	static final String[][] STAFF_QUESTIONS = { { "工作環境", "辦公環境及設備足以支援工作" }, { "工作環境", "工作量分配合理" },
			{ "內部溝通", "單位間溝通協調順暢" }, { "內部溝通", "意見能被主管重視" }, { "教育訓練", "機關提供充足的訓練機會" },
			{ "教育訓練", "訓練內容有助於提升服務品質" }, { "主管領導", "主管能清楚說明工作目標" }, { "主管領導", "主管適時給予肯定與支持" } };

	static final String[] LIKERT_LABELS = { "", "非常不滿意", "不滿意", "普通", "滿意", "非常滿意" };

	static final List<String> AGE_BANDS = List.of("19歲以下", "20-29歲", "30-39歲", "40-49歲", "50-64歲", "65歲以上");

	static final List<String> STAFF_AGE_BANDS = List.of("20-29歲", "30-39歲", "40-49歲", "50-64歲");

	static final List<String> GOOD_COMMENTS = List.of("服務人員很親切，謝謝！", "流程很快，不用等太久。", "環境乾淨，指標清楚。",
			"打疫苗的護理師很有耐心。", "線上申辦很方便，希望能再增加項目。", "志工主動引導，很貼心。");

	static final List<String> DISTRICT_GOOD_COMMENTS = List.of("服務人員很親切，謝謝！", "流程很快，不用等太久。", "環境乾淨，指標清楚。",
			"申請急難救助的承辦人說明很清楚。", "線上申辦很方便，希望能再增加項目。", "里幹事主動協助，很貼心。");

	static final List<String> BAD_COMMENTS = List.of("停車位太少，希望改善。", "等候時間有點久。", "電話常常打不通。",
			"網站資料有些過期，找不到表單。", "冷氣太冷。", "希望假日也能提供服務。");

	static final List<String> STAFF_COMMENTS = List.of("希望增加人力。", "教育訓練時段可以更彈性。", "跨單位協調流程可再簡化。",
			"感謝主管支持。");

	/** Comments with personal data that the report must mask (kept raw in the data). */
	static final List<String> PII_COMMENTS = List.of("承辦的王先生很熱心，之後有問題可以打0912-345-678聯絡我。",
			"請把結果寄到 lin.mei@example.com 謝謝", "我的身分證A123456789辦理時被要求重複影印，希望簡化。",
			"陳小姐服務態度很好，值得嘉獎。", "張先生電話0933-222-111，上次陳情案件還沒有回覆。");

	/** Rows (0-based among PUB responses) that carry the personal-data comments. */
	static final List<Integer> PII_ROWS = List.of(13, 77, 141, 199, 233);

	static final List<String> APPLICATION_CHANNELS = List.of("臨櫃", "臨櫃", "臨櫃", "網路", "網路", "電話");

	static final List<String> PETITION_CHANNELS = List.of("市長信箱", "1999", "1999", "網路", "電話");

}
