package tw.annualreport.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tw.annualreport.system.ReportKind;

/**
 * 產製報告: starts a draft or final run of an agency (or of a bureau: every agency under it, then
 * the consolidated report) and shows it while it runs, the page polling until it has ended.
 */
@Controller
@ConditionalOnWebApplication
class RunController {

	private final ConsoleRuns runs;

	private final OfficerAccess access;

	RunController(ConsoleRuns runs, OfficerAccess access) {
		this.runs = runs;
		this.access = access;
	}

	@PostMapping("/agencies/{code}/runs")
	String start(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			@RequestParam(defaultValue = "draft") String kind) {
		int rocYear = RocYears.of(year);
		boolean bureau = this.access.check(officer, code, rocYear);
		ReportKind asked;
		try {
			asked = ReportKind.of(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "種類應為草稿（draft）或正式報告（final）");
		}
		return "redirect:/runs/" + this.runs.start(code, rocYear, asked.isFinal(), bureau);
	}

	@GetMapping("/runs/{id}")
	String progress(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String id, Model model) {
		ConsoleRuns.Progress progress = this.runs.progress(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "找不到這個執行"));
		this.access.check(officer, progress.code(), progress.rocYear());
		model.addAttribute("officer", officer);
		model.addAttribute("progress", progress);
		return "run";
	}

}
