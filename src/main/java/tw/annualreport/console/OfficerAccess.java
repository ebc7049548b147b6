package tw.annualreport.console;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import tw.annualreport.agency.AgencyCodes;

/**
 * What an officer may see: an agency officer their own agency; a bureau officer their bureau (the
 * consolidated report) and every agency whose parent it is. Everything else is 403.
 */
@Component
class OfficerAccess {

	private final ConsoleRuns runs;

	OfficerAccess(ConsoleRuns runs) {
		this.runs = runs;
	}

	/**
	 * @return whether the code is the officer's bureau (rather than an agency)
	 * @throws AccessDeniedException when the officer may not see the code
	 */
	boolean check(ConsoleOfficer officer, String code, int rocYear) {
		if (!AgencyCodes.isSafe(code)) {
			throw new AccessDeniedException("機關代碼不合法");
		}
		if (code.equals(officer.agencyCode())) {
			return officer.bureau();
		}
		if (officer.bureau() && this.runs.agency(code, rocYear)
			.map((a) -> officer.agencyCode().equals(a.parentCode()))
			.orElse(false)) {
			return false;
		}
		throw new AccessDeniedException("您沒有權限查看機關 " + code);
	}

}
