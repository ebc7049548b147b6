package tw.annualreport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyCodeMatch;
import tw.annualreport.agency.AgencyCodes;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.register.AgencyRegister;
import tw.annualreport.source.ImportProperties;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceFileException;
import tw.annualreport.source.SourceFolder;
import tw.annualreport.source.SourceRow;
import tw.annualreport.source.SourceTable;
import tw.annualreport.system.InputFolder;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * Which agencies a run covers, and where each one's files are: the input folder itself (one
 * agency), its sub-folders (one per agency, known by the code in their agency.csv; the year's
 * first, {@code <input>/<year>/<code>/}, as the console keeps them), or, without an input folder,
 * the agencies published in the database for the year.
 */
@Component
public class AgencyTargets {

	/**
	 * One agency of a run; {@code folder} is null when the run works from the database. In a
	 * bureau run a folder whose agency cannot be read is a target too, named by its folder, with
	 * the {@code problem} that fails its partition (the others still run).
	 */
	public record Target(String code, String parentCode, Path folder, String problem) {

		Target(String code, String parentCode, Path folder) {
			this(code, parentCode, folder, null);
		}

	}

	private static final String ALL = "all";

	private final AgencyDirectory directory;

	private final ImportProperties properties;

	AgencyTargets(AgencyDirectory directory, ImportProperties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	/**
	 * The agencies of a run from an input folder, before Spring starts, so that a mistyped code
	 * or parent answers at once instead of after the start-up. Without an input folder the
	 * agencies are in the database, which only the run reads. The folder's files are not held to
	 * the configured size limit here: the run does that, with the configuration.
	 * @throws RunOptionsException the same one-line refusal the run would give
	 */
	public static void checkBeforeStart(RunOptions options) {
		if (options.command() != RunOptions.Command.RUN || options.input() == null) {
			return;
		}
		ImportProperties unlimited = new ImportProperties(0, DataSize.ofBytes(Long.MAX_VALUE), null, 1);
		try {
			new AgencyTargets(null, unlimited).resolve(options.rocYear(), options.input(), options.agencies(),
					(options.parent() == null) ? null : withListedMembers(options.input(), options.parent()));
		}
		catch (UncheckedIOException ex) {
			// a folder that cannot be listed: the run says so, logged
		}
	}

	/**
	 * The parent and, for a city, the members its register (agencies.csv at the input's root) lists
	 * under it: the bureaus whose agencies a city's run takes. A register that cannot be read adds
	 * none (the run itself says what is wrong with it).
	 */
	private static List<String> withListedMembers(Path input, String parent) {
		List<String> parents = new ArrayList<>(List.of(parent));
		try {
			parents.addAll(AgencyRegister.listedUnder(input, parent));
		}
		catch (RuntimeException ex) {
			// refused or unreadable: the bureau run reads it again and reports it
		}
		return parents;
	}

	/** The agencies a command line selects: listed codes, every agency under {@code --parent}, or every one. */
	public List<Target> resolve(RunOptions options) {
		return resolve(options.rocYear(), options.input(), options.agencies(),
				(options.parent() == null) ? null : List.of(options.parent()));
	}

	/** Every agency under a bureau, with the folders that cannot be read as targets of their own. */
	public List<Target> underParent(String parent, int rocYear, Path input) {
		return underParents(List.of(parent), rocYear, input);
	}

	/**
	 * Every agency under any of the parents (a city's run: the city and its bureaus, the first named in
	 * a message), with the folders that cannot be read as targets of their own.
	 */
	public List<Target> underParents(Collection<String> parents, int rocYear, Path input) {
		return resolve(rocYear, input, List.of(ALL), List.copyOf(parents));
	}

	/**
	 * Every agency with a folder in an input folder (by the code in its agency.csv), the folders that
	 * cannot be read left out; empty when there is none.
	 */
	public List<Target> inFolder(Path input) {
		try {
			return resolve(0, input, List.of(ALL), null).stream().filter((t) -> t.problem() == null).toList();
		}
		catch (RunOptionsException | UncheckedIOException ex) {
			return List.of();
		}
	}

	/** @param agencies codes, {@code ["all"]} for those under {@code parent}, empty for every agency */
	private List<Target> resolve(int rocYear, Path input, List<String> agencies, List<String> parents) {
		boolean allAgencies = agencies.equals(List.of(ALL));
		Map<String, Target> available = new LinkedHashMap<>();
		String where;
		if (input != null) {
			where = "來源資料夾 " + input;
			for (Path folder : agencyFolders(input, rocYear, allAgencies)) {
				Target target = readAgency(folder, allAgencies);
				if (available.putIfAbsent(target.code(), target) != null) {
					throw new RunOptionsException("機關代碼 " + target.code() + " 出現在兩個資料夾：" + available.get(target.code()).folder()
							+ " 與 " + folder);
				}
			}
		}
		else {
			where = "資料庫（" + rocYear + " 年度）";
			for (Agency agency : this.directory.published(rocYear)) {
				available.put(agency.code(), new Target(agency.code(), agency.parentCode(), null));
			}
		}
		List<Target> targets = new ArrayList<>();
		if (agencies.isEmpty()) {
			targets.addAll(available.values());
		}
		else if (allAgencies) {
			available.values().stream()
				.filter((t) -> parents == null || t.problem() != null
						|| (t.parentCode() != null && parents.contains(t.parentCode())))
				.forEach(targets::add);
			if (targets.isEmpty()) {
				throw new RunOptionsException(where + " 中沒有上級機關為 " + parents.get(0) + " 的機關");
			}
		}
		else {
			for (String code : agencies) {
				// khh-zy is KHH-ZY; a typo is refused before any job starts, with the close codes
				Target target = AgencyCodeMatch.find(code, available.keySet()).map(available::get).orElse(null);
				if (target == null) {
					throw new RunOptionsException("找不到機關 " + code + "：" + where + " 中沒有它"
							+ AgencyCodeMatch.didYouMean(code, available.keySet())
							+ (available.isEmpty() ? "" : "（有：" + String.join("、", available.keySet()) + "）"));
				}
				if (!targets.contains(target)) {
					targets.add(target);
				}
			}
		}
		return targets;
	}

	/**
	 * The agencies' folders: the input folder itself (one agency), or its sub-folders; where the
	 * console keeps files per year ({@code <input>/<year>/<code>/}), the year's, and for an agency
	 * without one, its folder of before ({@code <input>/<code>/}).
	 * @param lenient keep a folder whose files cannot be listed (a bureau run fails it alone)
	 */
	private List<Path> agencyFolders(Path input, int rocYear, boolean lenient) {
		if (hasAgencyFile(input, false)) {
			return List.of(input);
		}
		Path year = InputFolder.ofYear(input, rocYear);
		List<Path> folders = new ArrayList<>(Files.isDirectory(year) ? subFolders(year, lenient) : List.of());
		List<String> ofYear = folders.stream().map((f) -> f.getFileName().toString()).toList();
		subFolders(input, lenient).stream().filter((f) -> !ofYear.contains(f.getFileName().toString())).forEach(folders::add);
		if (folders.isEmpty()) {
			throw new RunOptionsException(input + " 中沒有 agency.csv，也沒有含 agency.csv 的機關子資料夾");
		}
		return folders;
	}

	private List<Path> subFolders(Path folder, boolean lenient) {
		try (Stream<Path> entries = Files.list(folder)) {
			// a hidden folder is the console's upload being staged, not an agency
			return entries.filter(Files::isDirectory)
				.filter((f) -> !f.getFileName().toString().startsWith("."))
				.filter((f) -> hasAgencyFile(f, lenient))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether a folder holds an agency's files; one whose files cannot even be listed (an
	 * unreadable workbook) fails the run by name rather than silently dropping out of it — or,
	 * when lenient, counts as an agency folder whose partition then fails with the reason.
	 */
	private boolean hasAgencyFile(Path folder, boolean lenient) {
		try {
			return new SourceFolder(folder, this.properties.maxFileSize().toBytes()).locate(SourceFile.AGENCY).isPresent();
		}
		catch (SourceFileException ex) {
			if (lenient) {
				return true;
			}
			throw new RunOptionsException(unreadable(folder, ex));
		}
	}

	private static String unreadable(Path folder, SourceFileException ex) {
		return folder + " 的資料無法讀取，無法判斷是哪個機關：" + ex.getMessage();
	}

	/**
	 * The agency a folder belongs to, from the first row of its agency.csv.
	 * @param lenient a folder that cannot be read becomes a target named by the folder, with its
	 * problem, instead of ending the run
	 */
	private Target readAgency(Path folder, boolean lenient) {
		try {
			return readAgency(folder);
		}
		catch (RunOptionsException ex) {
			if (!lenient) {
				throw ex;
			}
			return new Target(folder.getFileName().toString(), null, folder, ex.getMessage());
		}
	}

	private Target readAgency(Path folder) {
		SourceFolder source = new SourceFolder(folder, this.properties.maxFileSize().toBytes());
		try (SourceTable table = source.open(source.locate(SourceFile.AGENCY).orElseThrow())) {
			SourceRow row = table.next();
			String code = (row == null) ? "" : row.get(SourceFile.AGENCY.column("code"));
			if (!AgencyCodes.isSafe(code)) {
				throw new RunOptionsException(folder.resolve("agency.csv") + " 的機關代碼「" + code
						+ "」空白或不合法（只能用英數字、- 與 _）");
			}
			String parent = row.get(SourceFile.AGENCY.column("parent"));
			return new Target(code, parent.isEmpty() ? null : parent, folder);
		}
		catch (SourceFileException ex) {
			throw new RunOptionsException(unreadable(folder, ex));
		}
	}

}
