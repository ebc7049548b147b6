package tw.annualreport.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	/**
	 * 產製草稿／匯入並產製報告 and 產製正式報告. Uploaded files are published only after a check of
	 * exactly those files found nothing blocking; a final report only when the officer confirmed it.
	 */
	@PostMapping("/agencies/{code}/runs")
	String start(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			@RequestParam(defaultValue = "draft") String kind, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		int rocYear = RocYears.of(year);
		boolean bureau = this.access.check(officer, code, rocYear);
		ReportKind asked;
		try {
			asked = ReportKind.of(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "種類應為草稿或正式報告");
		}
		if (asked.isFinal() && !confirmed) {
			redirect.addFlashAttribute("error", "產製正式報告前請先按「產製正式報告」並確認。");
			return "redirect:/agencies/" + code + "?year=" + rocYear;
		}
		if (!bureau) {
			ConsoleRuns.CheckState state = this.runs.checkState(code, rocYear);
			if (state == ConsoleRuns.CheckState.UNCHECKED || state == ConsoleRuns.CheckState.BLOCKED) {
				redirect.addFlashAttribute("error", (state == ConsoleRuns.CheckState.BLOCKED)
						? "上傳的資料檢查未通過，請修正後重新上傳並「檢查資料」，通過後才能匯入並產製報告。"
						: "上傳的資料尚未檢查：請先按「檢查資料」，檢查通過後才能匯入並產製報告。");
				return "redirect:/agencies/" + code + "?year=" + rocYear;
			}
		}
		ConsoleRuns.Purpose purpose = asked.isFinal() ? ConsoleRuns.Purpose.FINAL : ConsoleRuns.Purpose.DRAFT;
		return "redirect:/runs/" + this.runs.start(code, rocYear, purpose, bureau, officer.getUsername());
	}

	/** 檢查資料: reads the uploaded files and shows their rows and rejects, publishing nothing. */
	@PostMapping("/agencies/{code}/checks")
	String check(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			RedirectAttributes redirect) {
		int rocYear = RocYears.of(year);
		if (this.access.check(officer, code, rocYear)) {
			throw new AccessDeniedException("上級機關的彙整報告沒有上傳的資料可檢查，請由各機關檢查");
		}
		if (this.runs.checkState(code, rocYear) == ConsoleRuns.CheckState.NO_FILES) {
			redirect.addFlashAttribute("error", "尚未上傳資料，沒有可檢查的檔案。");
			return "redirect:/agencies/" + code + "?year=" + rocYear;
		}
		return "redirect:/runs/" + this.runs.start(code, rocYear, ConsoleRuns.Purpose.CHECK, false, officer.getUsername());
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
