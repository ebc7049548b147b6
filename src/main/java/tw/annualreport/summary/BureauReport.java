package tw.annualreport.summary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

	/**
	 * What was consolidated: the agencies included, those without figures for the year (silent
	 * ones of the register included) and, in a final consolidation, those left out as not 核定.
	 */
	public record Outcome(Path folder, List<String> included, List<String> missing, List<String> notApproved,
			BureauSummary summary) {
	}

	/**
	 * An agency of the bureau as the consolidation takes it (from {@code register.Standing}).
	 *
	 * @param bureau the bureau it is under: the consolidated one, or in a city's run one of the city's bureaus
	 */
	public record Member(String code, String name, String bureau, BureauSummary.Listed listed, boolean approved) {
	}

	/** {@link #write(BureauSummary.Bureau, int, Path, Map, List, Map, boolean, List)} of a bureau's own agencies. */
	public Outcome write(String parentCode, int rocYear, Path out, Map<String, String> failed, List<Member> members,
			Map<String, AgencySummary> approved, boolean finalRun) {
		return write(new BureauSummary.Bureau(parentCode, null), rocYear, out, failed, members, approved, finalRun,
				List.of());
	}

	/**
	 * @param head the bureau or city consolidated: its code and the name its register gives it, or
	 * null (then the 上級機關名稱 its agencies give, else its code)
	 * @param failed agencies whose run failed, with the reason: listed as failed, their figures
	 * (perhaps of an earlier run) left out
	 * @param members every agency of the bureau's register and those with data under it, with their
	 * standing; empty (the bureau keeps no register): the agencies with data, as before
	 * @param approved the frozen summaries of the agencies whose report is 核定, by code
	 * @param finalRun a final consolidation: each agency's 核定 report; when the bureau keeps a register,
	 * an agency without one is left out (named)
	 * @param bureaus a city's run (研考會, one level up): the city's bureaus, whose agencies are consolidated
	 * together and each listed with its own counts; empty for a bureau
	 */
	public Outcome write(BureauSummary.Bureau head, int rocYear, Path out, Map<String, String> failed,
			List<Member> members, Map<String, AgencySummary> approved, boolean finalRun, List<BureauSummary.Bureau> bureaus) {
		String parentCode = head.code();
		Set<String> parents = new TreeSet<>(List.of(parentCode));
		bureaus.forEach((b) -> parents.add(b.code()));
		List<AgencySummary> summaries = new ArrayList<>();
		List<String> included = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> notApproved = new ArrayList<>();
		String parentName = null;
		Map<String, Agency> published = new LinkedHashMap<>();
		for (Agency agency : this.agencies.published(rocYear)) {
			if (agency.parentCode() != null && parents.contains(agency.parentCode())) {
				published.put(agency.code(), agency);
			}
		}
		Set<String> codes = new TreeSet<>(published.keySet());
		members.forEach((m) -> codes.add(m.code()));
		boolean registerKept = !members.isEmpty();
		for (String code : codes) {
			if (failed.containsKey(code)) {
				continue;
			}
			Agency agency = published.get(code);
			if (agency != null && parentCode.equals(agency.parentCode())) {
				parentName = (parentName == null) ? agency.parentName() : parentName;
			}
			Optional<AgencySummary> summary = (finalRun && approved.containsKey(code)) ? Optional.of(approved.get(code))
					: this.store.summary(code, rocYear);
			if (finalRun && registerKept && !approved.containsKey(code) && summary.isPresent()) {
				notApproved.add(code);
			}
			else if (summary.isPresent()) {
				summaries.add(summary.get());
				included.add(code);
			}
			else {
				missing.add(code);
			}
		}
		List<BureauSummary.Failure> failures = failed.entrySet().stream()
			.map((e) -> new BureauSummary.Failure(e.getKey(), e.getValue()))
			.toList();
		parentName = (parentName == null) ? head.name() : parentName;
		BureauSummary consolidated = BureauSummary.of(parentCode, parentName, rocYear, summaries, missing, failures)
			.with(notApproved, members.stream().map(Member::listed).toList());
		if (!bureaus.isEmpty()) {
			consolidated = consolidated.withBureaus(groups(bureaus, members, published, summaries));
		}
		BureauSummary bureau = MaskedCopy.of(consolidated);
		Path folder = OutputFolder.of(out, rocYear, parentCode);
		String json = SummaryJson.write(bureau);
		AtomicFiles.write(folder.resolve(OutputFormat.JSON.fileName()), (o) -> o.write(json.getBytes(StandardCharsets.UTF_8)));
		return new Outcome(folder, included, missing, notApproved, bureau);
	}

	/** Each of the city's bureaus with its agencies: those its register lists and those naming it their parent. */
	private static List<BureauSummary.Group> groups(List<BureauSummary.Bureau> bureaus, List<Member> members,
			Map<String, Agency> published, List<AgencySummary> summaries) {
		List<BureauSummary.Group> groups = new ArrayList<>();
		for (BureauSummary.Bureau b : bureaus) {
			Set<String> codes = new TreeSet<>();
			members.stream().filter((m) -> b.code().equals(m.bureau())).forEach((m) -> codes.add(m.code()));
			published.values().stream().filter((a) -> b.code().equals(a.parentCode())).forEach((a) -> codes.add(a.code()));
			summaries.stream().filter((s) -> b.code().equals(s.agency().parentCode())).forEach((s) -> codes.add(s.agency().code()));
			groups.add(new BureauSummary.Group(b.code(), b.name(), List.copyOf(codes),
					members.stream().filter((m) -> b.code().equals(m.bureau())).map(Member::listed).toList()));
		}
		return groups;
	}

}
