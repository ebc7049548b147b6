package tw.annualreport.console;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.annualreport.submission.SubmissionException;
import tw.annualreport.submission.SubmissionStep.Action;
import tw.annualreport.submission.SubmissionWorkflow;
import tw.annualreport.submission.Submissions;
import tw.annualreport.system.OfficerText;

/**
 * 送出 → 核定 or 退回: an agency officer sends their own agency's report (never a bureau officer, never
 * another agency's); a bureau officer of the agency's bureau accepts or returns it (never an agency
 * officer: 403). The frozen copies are served like the report files.
 */
@Controller
@ConditionalOnWebApplication
class SubmissionController {

	private final ConsoleRuns runs;

	private final OfficerAccess access;

	private final SubmissionWorkflow workflow;

	SubmissionController(ConsoleRuns runs, OfficerAccess access, SubmissionWorkflow workflow) {
		this.runs = runs;
		this.access = access;
		this.workflow = workflow;
	}

	@PostMapping("/agencies/{code}/{year}/send")
	String send(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @PathVariable int year,
			RedirectAttributes redirect) {
		int rocYear = RocYears.of(year);
		if (this.access.check(officer, code, rocYear) || officer.bureau()) {
			throw new AccessDeniedException("送出由機關承辦人為之");
		}
		try {
			outcome(this.workflow.send(this.runs.out(), code, rocYear, officer.getUsername()), redirect);
		}
		catch (SubmissionException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/agencies/" + code + "?year=" + rocYear;
	}

	@PostMapping("/agencies/{code}/{year}/decide")
	String decide(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @PathVariable int year,
			@RequestParam String decision, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
		int rocYear = RocYears.of(year);
		if (!officer.bureau() || this.access.check(officer, code, rocYear)) {
			throw new AccessDeniedException("核定與退回僅供上級機關承辦人使用");
		}
		Action action = switch (decision) {
			case "approve" -> Action.APPROVE;
			case "return" -> Action.RETURN;
			default -> throw new AccessDeniedException("不明的決定");
		};
		try {
			outcome(this.workflow.decide(code, rocYear, action, officer.getUsername(), comment), redirect);
		}
		catch (SubmissionException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/agencies/" + code + "?year=" + rocYear;
	}

	private static void outcome(SubmissionWorkflow.Outcome outcome, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", outcome.message()
				+ ((outcome.mailProblem() == null) ? "已寄出通知信。" : "通知信未寄出：" + OfficerText.of(outcome.mailProblem())));
	}

	@GetMapping("/agencies/{code}/{year}/submitted/{copy}/{name}")
	ResponseEntity<Resource> frozen(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code,
			@PathVariable int year, @PathVariable int copy, @PathVariable String name) {
		int rocYear = RocYears.of(year);
		this.access.check(officer, code, rocYear);
		ReportFileName file = ReportFileName.of(name).orElse(null);
		if (file == null || copy < 1) {
			throw ConsoleErrors.noSuchFile();
		}
		Path path = Submissions.frozenFolder(this.runs.out(), rocYear, code, copy).resolve(file.fileName());
		if (!Files.isRegularFile(path)) {
			throw ConsoleErrors.noSuchFile();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(code + "_" + rocYear + "_送出" + copy + "_" + file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(new FileSystemResource(path));
	}

}
