package tw.annualreport.console;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import tw.annualreport.system.AtomicFiles;

/**
 * Who uploaded each file of an agency's folder, and when: a small sidecar beside the files
 * ({@value #FILE}; its dot name keeps it out of the data set and of every import). A file
 * without an entry (copied in by hand) simply shows no one.
 */
final class UploadLog {

	static final String FILE = ".uploads.properties";

	/** One file's upload: the officer's account name and the time, in Taiwan. */
	record Entry(String officer, LocalDateTime at) {
	}

	private UploadLog() {
	}

	static Map<String, Entry> read(Path folder) {
		Path file = folder.resolve(FILE);
		Map<String, Entry> entries = new HashMap<>();
		if (!Files.isRegularFile(file)) {
			return entries;
		}
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException | IllegalArgumentException ex) {
			// a damaged sidecar loses only who and when, never a file
			return entries;
		}
		for (String name : properties.stringPropertyNames()) {
			String[] value = properties.getProperty(name).split(" ", 2);
			try {
				entries.put(name, new Entry(value.length > 1 ? value[1] : "", LocalDateTime.parse(value[0])));
			}
			catch (DateTimeParseException ex) {
				// an entry edited by hand beyond reading: shown without who and when
			}
		}
		return entries;
	}

	/** Records the files just uploaded and forgets those no longer in the folder. */
	static void update(Path folder, Map<String, Entry> uploaded) {
		Map<String, Entry> entries = read(folder);
		entries.putAll(uploaded);
		entries.keySet().removeIf((name) -> !Files.isRegularFile(folder.resolve(name)));
		Properties properties = new Properties();
		entries.forEach((name, entry) -> properties.setProperty(name, entry.at() + " " + entry.officer()));
		AtomicFiles.write(folder.resolve(FILE), (out) -> {
			try (var writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
				properties.store(writer, "who uploaded each file, and when (the web console)");
			}
		});
	}

	/** Forgets the files no longer in the folder. */
	static void prune(Path folder) {
		update(folder, Map.of());
	}

}
