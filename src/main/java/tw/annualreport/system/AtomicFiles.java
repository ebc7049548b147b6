package tw.annualreport.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

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

	private AtomicFiles() {
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
