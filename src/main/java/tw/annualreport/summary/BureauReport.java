package tw.annualreport.summary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.system.AtomicFiles;

/**
 * The bureau's consolidated report of a year: {@code <out>/<Y>/<parent>/summary.json} from the
 * stored summaries of every agency under the parent (see {@link BureauSummary}).
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
	public record Outcome(Path folder, List<String> included, List<String> missing, ObjectNode tree) {
	}

	public Outcome write(String parentCode, int rocYear, Path out) {
		List<JsonNode> summaries = new ArrayList<>();
		List<String> included = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		String parentName = null;
		for (Agency agency : this.agencies.published(rocYear)) {
			if (!parentCode.equals(agency.parentCode())) {
				continue;
			}
			parentName = (parentName == null) ? agency.parentName() : parentName;
			var summary = this.store.summary(agency.code(), rocYear);
			if (summary.isPresent()) {
				summaries.add(SummaryJson.read(summary.get()));
				included.add(agency.code());
			}
			else {
				missing.add(agency.code());
			}
		}
		ObjectNode tree = BureauSummary.tree(parentCode, parentName, rocYear, summaries);
		var missingNode = tree.putArray("missing");
		missing.forEach(missingNode::add);
		Path folder = out.resolve(Integer.toString(rocYear)).resolve(parentCode);
		String json = BureauSummary.write(tree);
		AtomicFiles.write(folder.resolve(WriteSummaryTasklet.FILE_NAME), (o) -> o.write(json.getBytes(StandardCharsets.UTF_8)));
		return new Outcome(folder, included, missing, tree);
	}

}
