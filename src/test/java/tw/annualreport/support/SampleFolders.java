package tw.annualreport.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/** Copies of the bundled sample folders ({@code config/sample/<year>/<agency>}) to import in tests. */
public final class SampleFolders {

	public static final Path SAMPLE = Paths.get("config/sample");

	private SampleFolders() {
	}

	/** Copies a sample folder, e.g. {@code 113/KHH-ZY}, into {@code target}. */
	public static Path copy(String yearAndAgency, Path target) {
		Path source = SAMPLE.resolve(yearAndAgency);
		try {
			Files.createDirectories(target);
			try (Stream<Path> files = Files.list(source)) {
				for (Path file : files.toList()) {
					Files.copy(file, target.resolve(file.getFileName()));
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Copies a sample folder under another agency code (agency.csv rewritten), so that several
	 * tests can publish the same data in one database without touching each other's agency-year.
	 */
	public static Path copyAs(String yearAndAgency, String newCode, Path target, Charset agencyCharset) {
		copy(yearAndAgency, target);
		String oldCode = Paths.get(yearAndAgency).getFileName().toString();
		try {
			Path agency = target.resolve("agency.csv");
			String text = Files.readString(agency, agencyCharset);
			Files.writeString(agency, text.replace(oldCode + ",", newCode + ","), agencyCharset);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
