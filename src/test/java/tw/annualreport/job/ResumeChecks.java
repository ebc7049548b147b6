package tw.annualreport.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tw.annualreport.source.SourceFile;
import tw.annualreport.support.PdfText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §6 "a run that failed or was killed is resumed by running the same command again, and
 * ends with the same files as an uninterrupted run", as assertions shared by the restart tests
 * (in this JVM, and on the packaged jar).
 */
public final class ResumeChecks {

	private ResumeChecks() {
	}

	/**
	 * The crash left the execution as a dead process does: running, {@code step} started and
	 * never finished, no step that comes after it ({@link #mayHaveRunBefore}).
	 */
	public static void assertLeftRunning(String step, RecordedExecutions afterCrash, RecordedExecutions.Execution uninterrupted) {
		RecordedExecutions.Execution crashed = afterCrash.only();
		assertThat(crashed.status()).as("the job execution after the crash").isEqualTo("STARTED");
		assertThat(crashed.steps().get(step)).as(step + " did not finish").isEqualTo("STARTED");
		assertThat(mayHaveRunBefore(step, new ArrayList<>(uninterrupted.steps().keySet())))
			.as("no step after " + step + " ran")
			.containsAll(crashed.steps().keySet());
	}

	/**
	 * The steps that may have run by the time {@code step} was under way: for a file's import
	 * step, every import step but those after it in its lane (the lanes run side by side:
	 * {@link SourceFile#lanes()}); for a later step, the steps before it.
	 */
	public static Set<String> mayHaveRunBefore(String step, List<String> order) {
		for (List<SourceFile> lane : SourceFile.lanes()) {
			for (int i = 0; i < lane.size(); i++) {
				if (lane.get(i).stepName().equals(step)) {
					Set<String> may = new TreeSet<>();
					Arrays.stream(SourceFile.values()).map(SourceFile::stepName).forEach(may::add);
					lane.subList(i + 1, lane.size()).forEach((later) -> may.remove(later.stepName()));
					return may;
				}
			}
		}
		return new TreeSet<>(order.subList(0, order.indexOf(step) + 1));
	}

	/**
	 * The same command after the crash recovered the dead execution and resumed it: same job
	 * instance, the steps finished before the crash not run again, the others run, together the
	 * steps of an uninterrupted run.
	 */
	public static void assertResumed(String step, RecordedExecutions afterResume, RecordedExecutions.Execution uninterrupted,
			String agency) {
		assertThat(afterResume.size()).as("the crashed execution, recovered, then its restart: " + afterResume)
			.isEqualTo(2);
		RecordedExecutions.Execution first = afterResume.get(0);
		RecordedExecutions.Execution second = afterResume.get(1);
		assertThat(first.status()).as("the crashed execution, recovered").isEqualTo("FAILED");
		assertThat(second.status()).isEqualTo("COMPLETED");
		assertThat(second.instanceId()).as("same job instance").isEqualTo(first.instanceId());
		assertThat(second.identifying()).as("same identifying parameters").isEqualTo(first.identifying());
		assertThat(second.identifying()).containsEntry("run", "1").containsEntry("agency", agency);
		Set<String> doneBefore = first.completedSteps();
		Set<String> doneAfter = second.completedSteps();
		assertThat(doneBefore).as("finished before the crash").doesNotContain(step);
		assertThat(doneAfter).as("finished after the restart").contains(step).noneMatch(doneBefore::contains);
		Set<String> all = new TreeSet<>(doneBefore);
		all.addAll(doneAfter);
		assertThat(all).isEqualTo(uninterrupted.completedSteps());
	}

	/**
	 * What a run left in its output folder, as the comparison sees it: the file names,
	 * summary.json and rejects.csv byte for byte, the PDF's text page by page (its bytes carry
	 * creation times).
	 */
	public record Outputs(List<String> files, Map<String, byte[]> bytes, Map<String, List<String>> text) {

		public static Outputs of(Path folder) {
			List<String> files = AgencyFolders.fileNames(folder);
			Map<String, byte[]> bytes = new TreeMap<>();
			Map<String, List<String>> text = new TreeMap<>();
			for (String file : files) {
				if (file.endsWith(".json") || file.endsWith(".csv")) {
					bytes.put(file, AgencyFolders.bytes(folder.resolve(file)));
				}
				if (file.endsWith(".pdf")) {
					text.put(file, pdfText(folder.resolve(file)));
				}
			}
			return new Outputs(files, bytes, text);
		}

	}

	/** The same files as the uninterrupted run's, and no temporary file left. */
	public static void assertSameOutputs(Path output, Outputs uninterrupted) {
		assertThat(uninterrupted.files()).contains("summary.json", "rejects.csv", "report.pdf");
		Outputs outputs = Outputs.of(output);
		assertThat(outputs.files()).as("no temporary files left in " + output)
			.isEqualTo(uninterrupted.files())
			.noneMatch((name) -> name.startsWith("."));
		uninterrupted.bytes()
			.forEach((file, bytes) -> assertThat(outputs.bytes().get(file)).as(file + " byte for byte").isEqualTo(bytes));
		uninterrupted.text()
			.forEach((file, pages) -> assertThat(outputs.text().get(file)).as(file + " text").isEqualTo(pages));
	}

	/** The text of every page of a PDF, which has pages. */
	public static List<String> pdfText(Path pdf) {
		List<String> pages = PdfText.pages(pdf);
		assertThat(pages).as(pdf + " has pages").isNotEmpty();
		return pages;
	}

	/** The line "KHH-ZY：完成。<headline>。輸出資料夾：…" without the folder, which differs per run. */
	public static String headline(String agency, String out) {
		String line = out.lines().filter((l) -> l.startsWith(agency + "：完成。")).findFirst().orElse("");
		assertThat(line).as("completion line in " + out).isNotEmpty().contains("輸出資料夾：");
		return line.substring(0, line.indexOf("輸出資料夾："));
	}

}
