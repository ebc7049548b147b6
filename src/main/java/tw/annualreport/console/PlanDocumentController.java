package tw.annualreport.console;


import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.annualreport.plan.document.DocumentPlan;
import tw.annualreport.plan.document.PlanDocumentException;
import tw.annualreport.plan.document.PlanDocuments;

/**
 * 從工作計畫文件讀取: the officer uploads the agency's own plan document (.docx, .odt); the console
 * shows the tree it read — numbering and titles as in the document, what it could not place — and
 * only when the officer confirms does it become the year's plan.csv. Until then the document waits
 * in a hidden folder beside the year's files, and nothing of the data set changes.
 */
@Controller
@ConditionalOnWebApplication
class PlanDocumentController {

	private final OfficerAccess access;

	private final PlanDocumentStore store;

	PlanDocumentController(OfficerAccess access, PlanDocumentStore store) {
		this.access = access;
		this.store = store;
	}

	@PostMapping("/agencies/{code}/plan-document")
	String upload(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			@RequestParam(name = "document", required = false) MultipartFile document, RedirectAttributes redirect) {
		int rocYear = agencyYear(officer, code, year);
		if (document == null || document.isEmpty()) {
			redirect.addFlashAttribute("error", "請選擇工作計畫文件（.docx 或 .odt）");
			return agencyPage(code, rocYear);
		}
		try {
			this.store.keep(code, rocYear, document);
		}
		catch (UploadRejectedException ex) {
			redirect.addFlashAttribute("error", "工作計畫文件未讀取：" + ex.getMessage());
			return agencyPage(code, rocYear);
		}
		return "redirect:/agencies/" + code + "/plan-document?year=" + rocYear;
	}

	@GetMapping("/agencies/{code}/plan-document")
	String preview(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			Model model, RedirectAttributes redirect) {
		int rocYear = agencyYear(officer, code, year);
		PlanDocumentStore.Pending pending = this.store.pending(code, rocYear).orElse(null);
		if (pending == null) {
			redirect.addFlashAttribute("error", "沒有待確認的工作計畫文件，請重新上傳");
			return agencyPage(code, rocYear);
		}
		model.addAttribute("officer", officer);
		model.addAttribute("code", code);
		model.addAttribute("year", rocYear);
		model.addAttribute("documentName", pending.name());
		model.addAttribute("replacesPlan", this.store.hasPlan(code, rocYear));
		try {
			DocumentPlan plan = PlanDocuments.read(pending.file());
			model.addAttribute("plan", plan);
		}
		catch (PlanDocumentException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		return "plan-document";
	}

	@PostMapping("/agencies/{code}/plan-document/confirm")
	String confirm(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			RedirectAttributes redirect) {
		int rocYear = agencyYear(officer, code, year);
		try {
			DocumentPlan plan = this.store.confirm(code, rocYear, officer.getUsername());
			redirect.addFlashAttribute("message", "已將工作計畫文件讀成本年度的工作計畫（plan.csv）：" + plan.summary()
					+ "。指標欄（指標名稱、目標值…）文件中沒有，請下載 plan.csv 補上後再上傳，然後按「檢查資料」。");
		}
		catch (PlanDocumentException | UploadRejectedException ex) {
			redirect.addFlashAttribute("error", "工作計畫未更新：" + ex.getMessage());
		}
		return agencyPage(code, rocYear);
	}

	@PostMapping("/agencies/{code}/plan-document/cancel")
	String cancel(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			RedirectAttributes redirect) {
		int rocYear = agencyYear(officer, code, year);
		this.store.discard(code, rocYear);
		redirect.addFlashAttribute("message", "已取消，本年度的工作計畫未變更。");
		return agencyPage(code, rocYear);
	}

	private int agencyYear(ConsoleOfficer officer, String code, int year) {
		int rocYear = RocYears.of(year);
		if (this.access.check(officer, code, rocYear)) {
			throw new AccessDeniedException("上級機關的彙整報告沒有工作計畫可上傳，請由各機關上傳");
		}
		return rocYear;
	}

	private static String agencyPage(String code, int rocYear) {
		return "redirect:/agencies/" + code + "?year=" + rocYear;
	}

}
