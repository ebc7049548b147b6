package tw.annualreport.summary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.privacy.MaskedCopy;
import tw.annualreport.system.AtomicFiles;
import tw.annualreport.system.OutputFolder;
import tw.annualreport.system.OutputFormat;

/**
 * The bureau's consolidated report of a year: {@code <out>/<Y>/<parent>/summary.json} from the
 * stored summaries of every agency under the parent (see {@link BureauSummary}), masked as they are
 * ({@link MaskedCopy}; the failures' reasons too).
 */
@Component
public class BureauReport {

	private final AgencyDirectory agencies;

	private final FigureStore store;

	public BureauReport(AgencyDirectory agencies, FigureStore store) {
		this.agencies = agencies;
		this.store = store;
	}

	/** What was consolidated: the agencies included and those without figures for the year. */
	public record Outcome(Path folder, List<String> included, List<String> missing, BureauSummary summary) {
	}

	/**
	 * @param failed agencies whose run failed, with the reason: listed as failed, their figures
	 * (perhaps of an earlier run) left out
	 */
	public Outcome write(String parentCode, int rocYear, Path out, Map<String, String> failed) {
		List<AgencySummary> summaries = new ArrayList<>();
		List<String> included = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		String parentName = null;
		for (Agency agency : this.agencies.published(rocYear)) {
			if (!parentCode.equals(agency.parentCode()) || failed.containsKey(agency.code())) {
				continue;
			}
			parentName = (parentName == null) ? agency.parentName() : parentName;
			var summary = this.store.summary(agency.code(), rocYear);
			if (summary.isPresent()) {
				summaries.add(summary.get());
				included.add(agency.code());
			}
			else {
				missing.add(agency.code());
			}
		}
		List<BureauSummary.Failure> failures = failed.entrySet().stream()
			.map((e) -> new BureauSummary.Failure(e.getKey(), e.getValue()))
			.toList();
		BureauSummary bureau = MaskedCopy.of(BureauSummary.of(parentCode, parentName, rocYear, summaries, missing, failures));
		Path folder = OutputFolder.of(out, rocYear, parentCode);
		String json = SummaryJson.write(bureau);
		AtomicFiles.write(folder.resolve(OutputFormat.JSON.fileName()), (o) -> o.write(json.getBytes(StandardCharsets.UTF_8)));
		return new Outcome(folder, included, missing, bureau);
	}

}
