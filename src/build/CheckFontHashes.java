import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Build step (Maven validate, see pom.xml), run as a single-file program by the JDK alone:
 * {@code java CheckFontHashes.java <dir>}. Checks every file listed in {@code <dir>/SHA256SUMS}
 * ({@code sha256sum} format, so {@code sha256sum -c SHA256SUMS} in that folder checks the same) and fails
 * when a listed file is missing or differs, or when a font file in the folder is not listed.
 */
public class CheckFontHashes {

	public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
		Path dir = Path.of(args[0]);
		Map<String, String> expected = new TreeMap<>();
		for (String line : Files.readAllLines(dir.resolve("SHA256SUMS"))) {
			if (!line.isBlank()) {
				String[] parts = line.trim().split("\\s+\\*?", 2);
				expected.put(parts[1], parts[0].toLowerCase());
			}
		}
		StringBuilder errors = new StringBuilder();
		for (Map.Entry<String, String> entry : expected.entrySet()) {
			Path file = dir.resolve(entry.getKey());
			String actual = Files.isRegularFile(file) ? sha256(file) : null;
			if (actual == null) {
				errors.append("\n  missing: ").append(file);
			}
			else if (!actual.equals(entry.getValue())) {
				errors.append("\n  SHA-256 differs: ").append(file).append(" (expected ").append(entry.getValue())
					.append(", got ").append(actual).append(')');
			}
		}
		try (Stream<Path> files = Files.list(dir)) {
			files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".ttf") || name.endsWith(".otf"))
				.filter(name -> !expected.containsKey(name))
				.forEach(name -> errors.append("\n  not in SHA256SUMS: ").append(dir.resolve(name)));
		}
		if (errors.length() > 0) {
			System.err.println("[check-fonts] ERROR:" + errors);
			System.exit(1);
		}
		System.out.println("[check-fonts] " + expected.size() + " files match " + dir.resolve("SHA256SUMS"));
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int read; (read = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
