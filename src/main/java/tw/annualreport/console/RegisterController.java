package tw.annualreport.console;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.annualreport.register.AgencyRegister;
import tw.annualreport.register.RegisterCsv;
import tw.annualreport.register.RegisterCsv.RegisterException;
import tw.annualreport.register.RegisteredAgency;

/**
 * 機關名冊: a bureau officer keeps the register of their bureau's year — agencies.csv uploaded, or its
 * text edited on the page. A register with a bad line is refused whole, every problem listed.
 */
@Controller
@ConditionalOnWebApplication
class RegisterController {

	private final AgencyRegister register;

	RegisterController(AgencyRegister register) {
		this.register = register;
	}

	@GetMapping("/register")
	String show(@AuthenticationPrincipal ConsoleOfficer officer, @RequestParam(required = false) Integer year, Model model) {
		bureauOnly(officer);
		int rocYear = RocYears.of(year);
		List<RegisteredAgency> agencies = this.register.of(officer.agencyCode(), rocYear);
		model.addAttribute("officer", officer);
		model.addAttribute("year", rocYear);
		model.addAttribute("agencies", agencies);
		if (!model.containsAttribute("text")) {
			model.addAttribute("text", agencies.isEmpty()
					? RegisterCsv.HEADER + "\n" + officer.agencyCode().replaceAll("-.*", "") + "-XX,（機關名稱）," + officer.agencyCode()
							+ ",,\n"
					: RegisterCsv.write(agencies).substring(1));
		}
		model.addAttribute("defaultDue", RegisteredAgency.defaultDue(rocYear));
		return "register";
	}

	@PostMapping("/register")
	String save(@AuthenticationPrincipal ConsoleOfficer officer, @RequestParam int year,
			@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		bureauOnly(officer);
		int rocYear = RocYears.of(year);
		try {
			List<RegisteredAgency> agencies = (file != null && !file.isEmpty()) ? RegisterCsv.parse(file.getBytes())
					: RegisterCsv.parse((text == null) ? "" : text);
			this.register.replace(officer.agencyCode(), rocYear, agencies, officer.getUsername());
			long members = agencies.stream().filter((a) -> !a.head()).count();
			redirect.addFlashAttribute("message", "機關名冊已儲存：" + members + " 個機關。");
			return "redirect:/agencies?year=" + rocYear;
		}
		catch (RegisterException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("text", text);
			return "redirect:/register?year=" + rocYear;
		}
	}

	private static void bureauOnly(ConsoleOfficer officer) {
		if (!officer.bureau()) {
			throw new AccessDeniedException("機關名冊僅供上級機關承辦人使用");
		}
	}

}
