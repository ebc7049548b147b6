package tw.annualreport.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import tw.annualreport.sample.SampleDataGenerator.DateStyle;
import tw.annualreport.sample.SampleDataGenerator.Encoding;
import tw.annualreport.sample.SampleDataGenerator.Profile;
import tw.annualreport.sample.SampleDataGenerator.Volume;

/**
 * Writes a synthetic bureau of SPEC §3 source folders for the benchmark ({@code src/bench}):
 * {@code <root>/113/<code>/} for agencies {@code BENCH-01} … under the bureau {@code BENCH-HB},
 * each with its agency.csv, a plan of 60 measures (6 items × 10) and the data files
 * {@link SampleDataGenerator} draws at the scale's volume. Deterministic, like the samples.
 *
 * <p>Usage: {@code BenchDataGenerator <root> <city|town> [agencies]}. A city is 40 agencies,
 * each with about 15,000 execution records, 3,000 phone tests, 2 surveys with 20,000
 * respondents in all (12 and 8 questions) and 50,000 cases; a town is a tenth of it: 4
 * agencies with a tenth of the rows each.
 */
public final class BenchDataGenerator {

	static final int ROC_YEAR = 113;

	static final String BUREAU = "BENCH-HB";

	/** A bench scale: how many agencies, and the rows of each. */
	enum Scale {

		CITY(40, new Volume(273, 3000, 18000, 2000, 50000)),

		TOWN(4, new Volume(27, 300, 1800, 200, 5000));

		final int agencies;

		final Volume volume;

		Scale(int agencies, Volume volume) {
			this.agencies = agencies;
			this.volume = volume;
		}

	}

	private BenchDataGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: BenchDataGenerator <root> <city|town> [agencies]");
		}
		Path root = Paths.get(args[0]);
		Scale scale = Scale.valueOf(args[1].toUpperCase(java.util.Locale.ROOT));
		int agencies = args.length > 2 ? Integer.parseInt(args[2]) : scale.agencies;
		for (Path folder : generate(root, scale.volume, agencies)) {
			System.out.println("generated " + root.relativize(folder));
		}
	}

	/** Writes {@code agencies} agency folders at the volume given; returns them in order. */
	static List<Path> generate(Path root, Volume volume, int agencies) throws IOException {
		List<Path> folders = new ArrayList<>();
		for (int i = 1; i <= agencies; i++) {
			String code = String.format("BENCH-%02d", i);
			Path folder = root.resolve(Integer.toString(ROC_YEAR)).resolve(code);
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("agency.csv"), agencyCsv(code, i), StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("plan.csv"), planCsv(), StandardCharsets.UTF_8);
			SampleDataGenerator.generate(folder, profile(code), ROC_YEAR, volume);
			folders.add(folder);
		}
		return folders;
	}

	static Profile profile(String code) {
		return new Profile(code, Encoding.UTF8, DateStyle.ROC_SLASH, false, false, false,
				List.of("一組", "二組", "三組", "總務室"), List.of("一組", "二組", "三組", "總務室", "人事室"),
				SampleDataGenerator.HEALTH_SERVICES, SampleDataGenerator.HEALTH_CATEGORIES, 2000);
	}

	static String agencyCsv(String code, int number) {
		return "機關代碼,機關名稱,上級機關代碼,上級機關名稱,收件信箱\n" + code + ",測試市第" + number + "區衛生所," + BUREAU
				+ ",測試市政府衛生局," + code.toLowerCase(java.util.Locale.ROOT) + "@bench.example.org\n";
	}

	/** 6 items of 10 measures; every other measure has an indicator, the first is bound to phone.mean. */
	static String planCsv() {
		StringBuilder csv = new StringBuilder("項次,名稱,承辦單位,指標名稱,指標單位,指標方向,目標值,前一年度實績,指標來源\n");
		String[] items = { "完備基礎服務項目", "提升服務品質", "便捷服務程序", "探查民意趨勢", "創新服務作為", "強化機關形象" };
		for (int i = 1; i <= items.length; i++) {
			csv.append(i).append(',').append(items[i - 1]).append(",,,,,,,\n");
			for (int m = 1; m <= 10; m++) {
				String code = i + "." + m;
				csv.append(code).append(',').append(items[i - 1]).append("：措施").append(code).append("，辦理相關服務工作")
					.append(",一組、二組,");
				if (i == 1 && m == 1) {
					csv.append("電話禮貌測試平均分數,分,高,85,,phone.mean\n");
				}
				else if (m % 2 == 0) {
					csv.append("辦理場次,場,高,").append(10 + m).append(',').append(8 + m).append(",\n");
				}
				else {
					csv.append(",,,,,\n");
				}
			}
		}
		return csv.toString();
	}

}
