package tw.annualreport.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tw.annualreport.register.Standing;
import tw.annualreport.register.SubmissionStatus;
import tw.annualreport.submission.BureauBoard;
import tw.annualreport.submission.Submissions;

/** 機關一覽 (bureau) and an agency's page: its runs, its reports, the year's data set, the schedules. */
@Controller
@ConditionalOnWebApplication
class AgencyController {

	private final ConsoleRuns runs;

	private final OfficerAccess access;

	private final ConsoleProperties properties;

	private final BureauBoard board;

	private final Submissions submissions;

	private final DataSets dataSets;

	AgencyController(ConsoleRuns runs, OfficerAccess access, ConsoleProperties properties, BureauBoard board,
			Submissions submissions, DataSets dataSets) {
		this.runs = runs;
		this.access = access;
		this.properties = properties;
		this.board = board;
		this.submissions = submissions;
		this.dataSets = dataSets;
	}

	/** Where an officer starts: the bureau's agency list, or their own agency. */
	@GetMapping("/")
	String home(@AuthenticationPrincipal ConsoleOfficer officer) {
		return officer.bureau() ? "redirect:/agencies" : "redirect:/agencies/" + officer.agencyCode();
	}

	@GetMapping("/agencies")
	String agencies(@AuthenticationPrincipal ConsoleOfficer officer, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String sort, Model model) {
		if (!officer.bureau()) {
			throw new AccessDeniedException("機關一覽僅供上級機關承辦人使用");
		}
		int rocYear = RocYears.of(year);
		model.addAttribute("officer", officer);
		model.addAttribute("year", rocYear);
		Map<String, String> uploaded = new LinkedHashMap<>();
		this.runs.agencies(officer.agencyCode(), rocYear).forEach((a) -> uploaded.put(a.code(), a.name()));
		List<Standing> standings = this.board.standings(officer.agencyCode(), rocYear, uploaded);
		model.addAttribute("standings", BoardOrder.of(sort).sorted(standings));
		model.addAttribute("sort", BoardOrder.of(sort).key());
		model.addAttribute("counts", BureauBoard.counts(standings));
		model.addAttribute("hasRegister", this.board.hasRegister(officer.agencyCode(), rocYear));
		return "agencies";
	}

	@GetMapping("/agencies/{code}")
	String agency(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code,
			@RequestParam(required = false) Integer year, Model model) {
		int rocYear = RocYears.of(year);
		boolean bureau = this.access.check(officer, code, rocYear);
		model.addAttribute("officer", officer);
		model.addAttribute("year", rocYear);
		model.addAttribute("code", code);
		model.addAttribute("bureau", bureau);
		model.addAttribute("agency", this.runs.agency(code, rocYear).orElse(null));
		model.addAttribute("history", this.runs.history(code, rocYear));
		model.addAttribute("schedules", this.runs.schedules());
		model.addAttribute("files", this.runs.outputs(code, rocYear));
		model.addAttribute("checkState", bureau ? ConsoleRuns.CheckState.NO_FILES : this.runs.checkState(code, rocYear));
		model.addAttribute("dataset", bureau ? null : this.dataSets.of(code, rocYear));
		model.addAttribute("limits", this.properties);
		if (bureau) {
			// a consolidation with agencies missing says so before it runs
			model.addAttribute("missing", this.board.standings(code, rocYear)
				.stream()
				.filter((st) -> !st.status().handedIn() && st.status() != SubmissionStatus.DRAFT)
				.toList());
		}
		else {
			model.addAttribute("submission", this.submissions.find(code, rocYear).orElse(null));
			model.addAttribute("steps", this.submissions.history(code, rocYear));
		}
		return "agency";
	}

}
