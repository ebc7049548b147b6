package tw.annualreport.submission;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.register.AgencyRegister;
import tw.annualreport.register.RegisteredAgency;

/**
 * Who is mailed about an agency's submission: the agency itself (the register's 收件信箱, else the
 * contact of its agency.csv) and its bureau (the 收件信箱 of its agency.csv, where its reports go).
 */
@Component
public class AgencyAddresses {

	private final AgencyRegister register;

	private final AgencyDirectory directory;

	public AgencyAddresses(AgencyRegister register, AgencyDirectory directory) {
		this.register = register;
		this.directory = directory;
	}

	public List<String> agency(String code, int rocYear) {
		List<String> registered = this.register.find(code, rocYear).map(RegisteredAgency::recipients).orElse(List.of());
		if (!registered.isEmpty()) {
			return registered;
		}
		return this.directory.find(code, rocYear)
			.map(Agency::contactMail)
			.filter((m) -> m != null && !m.isBlank())
			.map(List::of)
			.orElse(List.of());
	}

	public List<String> bureau(String code, int rocYear) {
		return this.directory.find(code, rocYear).map(Agency::recipients).orElse(List.of());
	}

	/** The agency's name: the register's, else its agency.csv's, else its code. */
	public String name(String code, int rocYear) {
		return this.register.find(code, rocYear)
			.map(RegisteredAgency::name)
			.or(() -> this.directory.find(code, rocYear).map(Agency::name))
			.orElse(code);
	}

	/** The agency's bureau: the register's, else its agency.csv's (null when neither names one). */
	public String parent(String code, int rocYear) {
		return this.register.find(code, rocYear)
			.map(RegisteredAgency::parentCode)
			.or(() -> this.directory.find(code, rocYear).map(Agency::parentCode))
			.orElse(null);
	}

}
