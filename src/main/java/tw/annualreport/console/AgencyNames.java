package tw.annualreport.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyCodes;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.console.account.AgencyCatalogue;
import tw.annualreport.job.AgencyTargets;
import tw.annualreport.register.AgencyRegister;
import tw.annualreport.register.RegisteredAgency;

/**
 * The agencies and bureaus the installation knows, with their names: imported (any year; a bureau
 * named by its agencies' 上級機關名稱), in a register, or with a folder of source files in the
 * console's input folder. The pages show names through it ({@code ${@agencyNames.of(code)}}), never a
 * bare code; {@code --add-user} accepts only a code it knows.
 */
@Component("agencyNames")
class AgencyNames implements AgencyCatalogue {

	private final AgencyDirectory directory;

	private final AgencyRegister register;

	private final AgencyTargets targets;

	private final ConsoleProperties console;

	AgencyNames(AgencyDirectory directory, AgencyRegister register, AgencyTargets targets, ConsoleProperties console) {
		this.directory = directory;
		this.register = register;
		this.targets = targets;
		this.console = console;
	}

	@Override
	public Map<String, KnownAgency> known() {
		Map<String, KnownAgency> known = new LinkedHashMap<>();
		Path input = this.console.input().toAbsolutePath().normalize();
		for (String folder : folders(input)) {
			known.put(folder, new KnownAgency(folder, folder, null));
		}
		if (!known.isEmpty()) {
			this.targets.inFolder(input)
				.forEach((t) -> known.put(t.code(), new KnownAgency(t.code(), t.code(), t.parentCode())));
		}
		known.putAll(named(known.values()));
		return known;
	}

	/**
	 * The agencies of the registers and the data, named, and their bureaus (with those of the
	 * folders' agencies): the data name them as their agency.csv does (上級機關名稱), and win.
	 */
	private Map<String, KnownAgency> named(Collection<KnownAgency> folders) {
		Map<String, KnownAgency> named = new LinkedHashMap<>();
		for (RegisteredAgency agency : this.register.everyYear()) {
			named.put(agency.code(), new KnownAgency(agency.code(), agency.name(), agency.parentCode()));
		}
		Map<String, String> bureauNames = new LinkedHashMap<>();
		for (Agency agency : this.directory.everyYear()) {
			named.put(agency.code(), new KnownAgency(agency.code(), agency.name(), agency.parentCode()));
			if (agency.parentCode() != null && agency.parentName() != null && !agency.parentName().isBlank()) {
				bureauNames.put(agency.parentCode(), agency.parentName());
			}
		}
		List<KnownAgency> all = new ArrayList<>(folders);
		all.addAll(named.values());
		for (KnownAgency agency : all) {
			String bureau = agency.parentCode();
			if (bureau != null && !bureau.isBlank() && !named.containsKey(bureau)) {
				named.put(bureau, new KnownAgency(bureau, bureauNames.getOrDefault(bureau, bureau), null));
			}
		}
		return named;
	}

	/** The agency's or bureau's name, else its code (never empty). */
	public String of(String code) {
		if (code == null) {
			return "";
		}
		return Optional.ofNullable(named(List.of()).get(code)).map(KnownAgency::name).filter((n) -> !n.isBlank()).orElse(code);
	}

	/** The agencies whose bureau is the given one, by code. */
	List<KnownAgency> under(String bureau) {
		return known().values().stream().filter((a) -> bureau.equals(a.parentCode())).sorted(
				Comparator.comparing(KnownAgency::code)).toList();
	}

	private static List<String> folders(Path input) {
		if (!Files.isDirectory(input)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(input)) {
			return entries.filter(Files::isDirectory).map((p) -> p.getFileName().toString()).filter(AgencyCodes::isSafe)
				.sorted().toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
