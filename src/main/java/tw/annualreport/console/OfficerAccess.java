package tw.annualreport.console;

import org.springframework.security.access.AccessDeniedException;

import tw.annualreport.agency.AgencyCodes;
import tw.annualreport.register.AgencyRegister;

/**
 * What an officer may see: an agency officer their own agency; a bureau officer their bureau (the
 * consolidated report) and every agency of its register or whose data name it as parent. Everything else is 403.
 */
@ConsoleComponent
class OfficerAccess {

	private final ConsoleRuns runs;

	private final AgencyRegister register;

	OfficerAccess(ConsoleRuns runs, AgencyRegister register) {
		this.runs = runs;
		this.register = register;
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
		// an agency of the bureau's register, data or not, or one whose data name the bureau
		if (officer.bureau() && (this.register.find(code, rocYear)
			.map((a) -> officer.agencyCode().equals(a.parentCode()))
			.orElse(false)
				|| this.runs.agency(code, rocYear).map((a) -> officer.agencyCode().equals(a.parentCode())).orElse(false))) {
			return false;
		}
		throw new AccessDeniedException("您沒有權限查看機關 " + code);
	}

}
