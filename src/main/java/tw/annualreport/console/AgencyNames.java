package tw.annualreport.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

	/** Read again after this long: a page asks for several names at once. */
	private static final Duration FRESH = Duration.ofSeconds(5);

	private record Cached(Instant at, Map<String, KnownAgency> known) {
	}

	private volatile Cached cached;

	AgencyNames(AgencyDirectory directory, AgencyRegister register, AgencyTargets targets, ConsoleProperties console) {
		this.directory = directory;
		this.register = register;
		this.targets = targets;
		this.console = console;
	}

	@Override
	public Map<String, KnownAgency> known() {
		return read();
	}

	/** What {@link #known()} read at most a few seconds ago: for the names a page shows. */
	private Map<String, KnownAgency> recent() {
		Cached cached = this.cached;
		if (cached == null || cached.at().plus(FRESH).isBefore(Instant.now())) {
			cached = new Cached(Instant.now(), Map.copyOf(read()));
			this.cached = cached;
		}
		return cached.known();
	}

	private Map<String, KnownAgency> read() {
		Map<String, KnownAgency> known = new LinkedHashMap<>();
		Path input = this.console.input().toAbsolutePath().normalize();
		for (String folder : folders(input)) {
			known.put(folder, new KnownAgency(folder, folder, null));
		}
		if (!known.isEmpty()) {
			this.targets.inFolder(input)
				.forEach((t) -> known.put(t.code(), new KnownAgency(t.code(), t.code(), t.parentCode())));
		}
		for (RegisteredAgency agency : this.register.everyYear()) {
			known.put(agency.code(), new KnownAgency(agency.code(), agency.name(), agency.parentCode()));
		}
		// the data name agencies and bureaus as their agency.csv does (上級機關名稱): they win
		Map<String, String> bureauNames = new LinkedHashMap<>();
		for (Agency agency : this.directory.everyYear()) {
			known.put(agency.code(), new KnownAgency(agency.code(), agency.name(), agency.parentCode()));
			if (agency.parentCode() != null && agency.parentName() != null && !agency.parentName().isBlank()) {
				bureauNames.put(agency.parentCode(), agency.parentName());
			}
		}
		for (KnownAgency agency : List.copyOf(known.values())) {
			String bureau = agency.parentCode();
			if (bureau != null && !bureau.isBlank()) {
				String name = bureauNames.getOrDefault(bureau, bureau);
				known.merge(bureau, new KnownAgency(bureau, name, null), (old, fresh) -> old.name().equals(bureau)
						? new KnownAgency(bureau, name, old.parentCode()) : old);
			}
		}
		return known;
	}

	/** The agency's or bureau's name, else its code (never empty). */
	public String of(String code) {
		if (code == null) {
			return "";
		}
		return Optional.ofNullable(recent().get(code)).map(KnownAgency::name).filter((n) -> !n.isBlank()).orElse(code);
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
