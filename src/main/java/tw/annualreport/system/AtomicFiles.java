package tw.annualreport.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Output files are written to a temporary name in the same folder and then moved into place,
 * so that a reader (or a crash) never sees a half-written report.
 */
public final class AtomicFiles {

	/** Writes the content of a file to a stream. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/** {@code .report.pdf.<uuid>.tmp}: the temporary name {@link #write} uses. */
	private static final Pattern TEMPORARY = Pattern
		.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

	private AtomicFiles() {
	}

	/**
	 * Removes what a killed writer left in a folder (its temporary files). Call it only while no
	 * one else writes there, e.g. holding the agency-year's run lock.
	 * @return the files removed
	 */
	public static List<Path> removeLeftovers(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> leftovers = files.filter((f) -> TEMPORARY.matcher(f.getFileName().toString()).matches())
				.filter(Files::isRegularFile)
				.toList();
			for (Path leftover : leftovers) {
				Files.deleteIfExists(leftover);
			}
			return leftovers;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("無法清理 " + folder + " 中前次中斷留下的暫存檔", ex);
		}
	}

	public static void write(Path target, Content content) {
		try {
			Files.createDirectories(target.getParent());
			// not Files.createTempFile: that makes the file owner-only, and a report is for colleagues too
			Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
			try {
				try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
					content.writeTo(out);
				}
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("無法寫入 " + target, ex);
		}
	}

}
