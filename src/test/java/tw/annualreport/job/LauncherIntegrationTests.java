package tw.annualreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher script ({@code target/annual-report}, from src/main/launcher) on the packaged jar:
 * the first launch extracts the jar and makes the class-data archive once, the next ones use it,
 * a newer jar gets a new one, and a run through it writes what {@code java -jar} writes. Outcomes,
 * not timings: the timings are in src/bench/RESULTS.md.
 */
class LauncherIntegrationTests {

	private static final String AGENCY = PackagedJar.SAMPLE_AGENCY;

	private static final String PREPARING = "正在準備啟動加速檔";

	@TempDir
	Path temp;

	@Test
	void makesTheArchiveOnceReusesItRefreshesItForANewerJarAndRunsAsTheJarDoes() throws Exception {
		// the jar and the launcher side by side in a folder of the test's own, as mvn package leaves them
		Path bin = Files.createDirectories(this.temp.resolve("bin"));
		Path jar = Files.copy(PackagedJar.jar(), bin.resolve("annual-report.jar"));
		Path launcher = Files.copy(PackagedJar.launcher(), bin.resolve("annual-report"));
		Path cache = bin.resolve(".annual-report-cds");
		Path viaLauncher = workingDirectory("launcher");
		Path viaJar = workingDirectory("jar");

		PackagedJar.Started plain = PackagedJar.startJar(viaJar, List.of(), runArguments());
		PackagedJar.Launch first = PackagedJar.startLauncher(launcher, viaLauncher, List.of(), Map.of(), runArguments())
			.await();
		PackagedJar.Launch reference = plain.await();

		assertThat(first.exitCode()).as(first.toString()).isZero();
		assertThat(reference.exitCode()).as(reference.toString()).isZero();
		assertThat(first.err()).as("said once that it prepares").containsOnlyOnce(PREPARING).doesNotContain("無法");
		Path extraction = onlyExtraction(cache);
		assertThat(extraction.resolve("app.jsa")).as("the archive").isNotEmptyFile();
		assertThat(extraction.resolve("annual-report.jar")).isRegularFile();
		try (java.util.zip.ZipFile extracted = new java.util.zip.ZipFile(extraction.resolve("annual-report.jar").toFile())) {
			assertThat(java.util.Collections.list(extracted.entries()))
				.as("the fonts stored, not deflated (UncompressedFonts)")
				.filteredOn((entry) -> entry.getName().endsWith(".ttf"))
				.hasSize(4)
				.allSatisfy((entry) -> assertThat(entry.getMethod()).isEqualTo(java.util.zip.ZipEntry.STORED));
		}
		assertThat(extraction.resolve("lib")).isDirectory();
		assertThat(Files.readString(PackagedJar.sampleOutput(viaLauncher).resolve("summary.json")))
			.as("the same summary.json as java -jar")
			.isEqualTo(Files.readString(PackagedJar.sampleOutput(viaJar).resolve("summary.json")));
		assertThat(ResumeChecks.headline(AGENCY, first.out())).isEqualTo(ResumeChecks.headline(AGENCY, reference.out()));
		assertThat(cache.resolveSibling("data")).as("the training run's database is in memory").doesNotExist();
		FileTime archived = Files.getLastModifiedTime(extraction.resolve("app.jsa"));

		// the second launch maps the archive (-Xshare:on fails a JVM that cannot) and makes nothing anew
		PackagedJar.Launch second = PackagedJar
			.startLauncher(launcher, viaLauncher, List.of("-Xshare:on"), Map.of(), List.of("--help"))
			.await();
		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(second.out()).contains("用法：");
		assertThat(second.err()).doesNotContain(PREPARING);
		assertThat(onlyExtraction(cache)).isEqualTo(extraction);
		assertThat(Files.getLastModifiedTime(extraction.resolve("app.jsa"))).isEqualTo(archived);

		// a newer jar (a build) gets a new extraction and archive, and the old one goes
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
		PackagedJar.Launch afterBuild = PackagedJar
			.startLauncher(launcher, viaLauncher, List.of("-Xshare:on"), Map.of(), List.of("--help"))
			.await();
		assertThat(afterBuild.exitCode()).as(afterBuild.toString()).isZero();
		assertThat(afterBuild.err()).containsOnlyOnce(PREPARING);
		Path refreshed = onlyExtraction(cache);
		assertThat(refreshed).isNotEqualTo(extraction);
		assertThat(refreshed.resolve("app.jsa")).isNotEmptyFile();
	}

	@Test
	void runsAReportWithTheParallelCollectorACommandWithTheSerialOneAndLeavesAChosenOneAlone() throws Exception {
		Path dir = this.temp.resolve("collector");
		// a run that is refused at once (a bad year) starts as every run does
		PackagedJar.Launch run = PackagedJar.startLauncherWithOnly(dir, "-Xlog:gc:stderr", List.of("--year=abc")).await();
		assertThat(run.err()).as(run.toString()).contains("Using Parallel");
		PackagedJar.Launch help = PackagedJar.startLauncherWithOnly(dir, "-Xlog:gc:stderr", List.of("--help")).await();
		assertThat(help.exitCode()).as(help.toString()).isZero();
		assertThat(help.err()).contains("Using Serial");
		// JAVA_OPTS naming a collector wins, rather than two collectors failing the start
		PackagedJar.Launch chosen = PackagedJar
			.startLauncherWithOnly(dir, "-XX:+UseG1GC -Xlog:gc:stderr", List.of("--help"))
			.await();
		assertThat(chosen.exitCode()).as(chosen.toString()).isZero();
		assertThat(chosen.err()).contains("Using G1");
	}

	private Path workingDirectory(String name) {
		return PackagedJar.sampleWorkingDirectory(this.temp.resolve(name));
	}

	private static List<String> runArguments() {
		return List.of("--year=113", "--agency=" + AGENCY, "--input=in/" + AGENCY, "--out=out", "--formats=json");
	}

	/** The one extraction in the cache folder, no half-made one left beside it. */
	private static Path onlyExtraction(Path cache) throws IOException {
		try (Stream<Path> entries = Files.list(cache)) {
			List<Path> all = entries.toList();
			assertThat(all).as("the cache folder " + cache).hasSize(1);
			return all.get(0);
		}
	}

}
