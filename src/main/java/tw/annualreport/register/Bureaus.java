package tw.annualreport.register;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import tw.annualreport.agency.AgencyDirectory;

/**
 * One level up (研考會): a register may list bureaus under a city. A member of a register is a
 * bureau when agencies stand under it — a register of its own, or agencies whose data name it
 * their parent. A run for the city takes every agency under every such bureau.
 */
@Component
public class Bureaus {

	private final AgencyRegister register;

	private final AgencyDirectory directory;

	public Bureaus(AgencyRegister register, AgencyDirectory directory) {
		this.register = register;
		this.directory = directory;
	}

	/** The bureaus of a parent's register, in its order; empty when the parent is a bureau itself. */
	public List<RegisteredAgency> under(String parent, int rocYear) {
		List<RegisteredAgency> bureaus = new ArrayList<>();
		for (RegisteredAgency member : this.register.of(parent, rocYear)) {
			if (!this.register.of(member.code(), rocYear).isEmpty() || this.directory.published(rocYear)
				.stream()
				.anyMatch((a) -> member.code().equals(a.parentCode()))) {
				bureaus.add(member);
			}
		}
		return bureaus;
	}

	/** The parents whose agencies a run of {@code parent} covers: itself, and for a city its bureaus. */
	public Set<String> parents(String parent, int rocYear) {
		Set<String> parents = new LinkedHashSet<>(List.of(parent));
		under(parent, rocYear).forEach((b) -> parents.add(b.code()));
		return parents;
	}

	/**
	 * The name the registers give a bureau or city: the row of agencies.csv at the root of the run's
	 * input folder with its code — the city's own head row (上級機關代碼 blank), or a bureau's row in
	 * its city's register — else a stored register listing it; empty when none names it.
	 */
	public Optional<String> name(String code, int rocYear, Path input) {
		return AgencyRegister.nameIn(input, code)
			.or(() -> this.register.find(code, rocYear).map(RegisteredAgency::name))
			.filter((name) -> !name.isBlank());
	}

	/**
	 * Reads agencies.csv at the root of a run's input folder into the register of {@code parent} and,
	 * for a city, into its bureaus' registers (the rows naming each bureau): the file read once.
	 */
	public void readFolder(Path input, String parent, int rocYear) {
		Optional<List<RegisteredAgency>> rows = AgencyRegister.inFolder(input);
		if (rows.isEmpty()) {
			return;
		}
		this.register.take(rows.get(), parent, rocYear);
		for (RegisteredAgency member : this.register.of(parent, rocYear)) {
			// a member with rows of its own in the file is a bureau; an agency's rows would be none
			if (rows.get().stream().anyMatch((a) -> member.code().equals(a.parentCode()))) {
				this.register.take(rows.get(), member.code(), rocYear);
			}
		}
	}

}
