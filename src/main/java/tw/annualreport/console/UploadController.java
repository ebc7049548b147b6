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
 * 上傳資料: the year's source files of the officer's agency, into its folder; then 檢查 (a draft run
 * that shows every file's row accounting and rejects) and 匯入並產製報告 on the agency's page.
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

	@PostMapping("/agencies/{code}/uploads")
	String upload(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code, @RequestParam int year,
			@RequestParam("files") List<MultipartFile> files, RedirectAttributes redirect) {
		int rocYear = RocYears.of(year);
		if (this.access.check(officer, code, rocYear)) {
			throw new AccessDeniedException("上級機關的彙整報告沒有來源檔可上傳，請由各機關上傳");
		}
		try {
			List<String> stored = this.uploads.store(code, files);
			redirect.addFlashAttribute("message", "已上傳 " + stored.size() + " 個檔案：" + String.join("、", stored)
					+ "。請按「檢查資料」確認各檔筆數與拒收明細，再按「匯入並產製報告」。");
		}
		catch (UploadRejectedException ex) {
			redirect.addFlashAttribute("error", "上傳未完成：" + ex.getMessage());
		}
		return "redirect:/agencies/" + code + "?year=" + rocYear;
	}

}
