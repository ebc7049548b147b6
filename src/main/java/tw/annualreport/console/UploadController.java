package tw.annualreport.console;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 上傳資料: the year's source files of the officer's agency, into its folder of the year, and their
 * removal; then 檢查 and 匯入並產製報告 on the agency's page.
 */
@Controller
@ConditionalOnWebApplication
class UploadController {

	private final OfficerAccess access;

	private final Uploads uploads;

	UploadController(OfficerAccess access, Uploads uploads) {
		this.access = access;
		this.uploads = uploads;
	}

	/** Adds the files to the year's data set, replacing those of the same kind (all of them only when asked). */
	@PostMapping("/agencies/{code}/uploads")
	String upload(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean replaceAll, RedirectAttributes redirect) {
		int rocYear = checkAgency(officer, code, year);
		try {
			Uploads.Stored stored = this.uploads.store(code, rocYear, files, replaceAll, officer.getUsername());
			redirect.addFlashAttribute("message", "已上傳 " + stored.names().size() + " 個檔案：" + String.join("、", stored.names())
					+ (stored.replaced().isEmpty() ? "" : "（取代先前的 " + String.join("、", stored.replaced()) + "）")
					+ "。請按「檢查資料」確認各檔筆數與拒收明細，再按「匯入並產製報告」。");
		}
		catch (UploadRejectedException ex) {
			redirect.addFlashAttribute("error", "上傳未完成：" + ex.getMessage());
		}
		return "redirect:/agencies/" + code + "?year=" + rocYear;
	}

	/** Removes one file of the year's data set: only ever at the officer's request (the page asks to confirm). */
	@PostMapping("/agencies/{code}/uploads/remove")
	String remove(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		int rocYear = checkAgency(officer, code, year);
		try {
			this.uploads.remove(code, rocYear, name);
			redirect.addFlashAttribute("message", "已移除「" + name + "」。");
		}
		catch (UploadRejectedException ex) {
			redirect.addFlashAttribute("error", "移除未完成：" + ex.getMessage());
		}
		return "redirect:/agencies/" + code + "?year=" + rocYear;
	}

	/** Copies the files of before into the year's data set, filling in the kinds the year lacks. */
	@PostMapping("/agencies/{code}/uploads/adopt")
	String adopt(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			RedirectAttributes redirect) {
		int rocYear = checkAgency(officer, code, year);
		try {
			List<String> copied = this.uploads.adopt(code, rocYear, officer.getUsername());
			redirect.addFlashAttribute("message", copied.isEmpty() ? rocYear + " 年度已有這些種類的檔案，沒有需要複製的檔案。"
					: "已將 " + copied.size() + " 個較早上傳的檔案複製為 " + rocYear + " 年度的資料：" + String.join("、", copied) + "。");
		}
		catch (UploadRejectedException ex) {
			redirect.addFlashAttribute("error", "複製未完成：" + ex.getMessage());
		}
		return "redirect:/agencies/" + code + "?year=" + rocYear;
	}

	private int checkAgency(ConsoleOfficer officer, String code, int year) {
		int rocYear = RocYears.of(year);
		if (this.access.check(officer, code, rocYear)) {
			throw new AccessDeniedException("上級機關的彙整報告沒有來源檔可上傳，請由各機關上傳");
		}
		return rocYear;
	}

}
