import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Build step (Maven package, see pom.xml), run as a single-file program by the JDK alone:
 * {@code java InstallLauncher.java <script> <target>}. Copies the launcher script next to the
 * jar, executable (Maven's resource copy keeps no file modes).
 */
public class InstallLauncher {

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args[1]);
		Files.createDirectories(target.getParent());
		Files.copy(Path.of(args[0]), target, StandardCopyOption.REPLACE_EXISTING);
		try {
			Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the script is for Linux (bash, GNU coreutils)
		}
	}

}
