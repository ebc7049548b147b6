package tw.annualreport.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of {@link LocalInfileLoads}' chunk files. A chunk file holds source rows, survey
 * comments and case texts among them, for the moment of its load, so the folder must be this
 * account's alone: one that is not (another account's, or open to others) is refused. A run
 * that was killed may have left chunk files: those older than an hour are deleted when the
 * folder is opened, while another process's chunk files, seconds old, are left alone.
 */
final class LoadFolder {

	private static final Logger log = LoggerFactory.getLogger(LoadFolder.class);

	static final String SUFFIX = ".tsv";

	static final Duration STALE = Duration.ofHours(1);

	private static final Set<PosixFilePermission> OTHERS_MAY = EnumSet.complementOf(EnumSet
		.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

	private final Path path;

	private LoadFolder(Path path) {
		this.path = path;
	}

	/**
	 * Creates the folder (rwx------) or checks the one there, and deletes stale chunk files.
	 * @throws NotPrivate if the folder there is not this account's alone
	 */
	static LoadFolder open(Path path, Instant now) {
		try {
			if (!Files.isDirectory(path)) {
				createPrivately(path);
			}
			checkPrivate(path);
			sweep(path, now.minus(STALE));
			return new LoadFolder(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("無法建立或讀取匯入暫存資料夾 " + path, ex);
		}
	}

	Path path() {
		return this.path;
	}

	/** A new, empty chunk file for a table's rows, readable by this account only. */
	Path newChunkFile(String table) throws IOException {
		return Files.createTempFile(this.path, table + "-", SUFFIX);
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	private static void createPrivately(Path path) throws IOException {
		if (posix(path)) {
			Files.createDirectories(path,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		else {
			Files.createDirectories(path);
		}
	}

	private static void checkPrivate(Path path) throws IOException {
		if (!posix(path)) {
			return;
		}
		PosixFileAttributes attributes = Files.getFileAttributeView(path, PosixFileAttributeView.class)
			.readAttributes();
		UserPrincipal me = path.getFileSystem()
			.getUserPrincipalLookupService()
			.lookupPrincipalByName(System.getProperty("user.name"));
		Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
		open.addAll(attributes.permissions());
		open.retainAll(OTHERS_MAY);
		if (!attributes.owner().equals(me) || !open.isEmpty()) {
			throw new NotPrivate(String.format("匯入暫存資料夾 %s 不是本帳號專用（擁有者 %s，權限 %s）", path,
					attributes.owner().getName(), PosixFilePermissions.toString(attributes.permissions())));
		}
	}

	private static void sweep(Path path, Instant before) throws IOException {
		int deleted = 0;
		try (Stream<Path> files = Files.list(path)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (file.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(file)
						&& Files.getLastModifiedTime(file).compareTo(FileTime.from(before)) < 0) {
					Files.deleteIfExists(file);
					deleted++;
				}
			}
		}
		if (deleted > 0) {
			log.info("已刪除匯入暫存資料夾 {} 中前次中斷留下的 {} 個暫存檔", path, deleted);
		}
	}

	/** The folder is not this account's alone: its chunk files would be readable by others. */
	static final class NotPrivate extends RuntimeException {

		NotPrivate(String message) {
			super(message);
		}

	}

}
