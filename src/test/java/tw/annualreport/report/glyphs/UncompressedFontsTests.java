package tw.annualreport.report.glyphs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class UncompressedFontsTests {

	@TempDir
	Path temp;

	@Test
	void storesTheFontsAndKeepsEveryOtherEntryItsContentAndTheOrder() throws Exception {
		Path jar = this.temp.resolve("app.jar");
		byte[] font = Files.readAllBytes(Path.of("reports/fonts/NotoSansTC-Bold.ttf"));
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
			entry(out, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nMain-Class: x.Y\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			entry(out, "fonts/", new byte[0]);
			entry(out, "fonts/NotoSansTC-Bold.ttf", font);
			entry(out, "tw/annualreport/X.class", "class bytes".repeat(100).getBytes(StandardCharsets.US_ASCII));
		}

		assertThat(UncompressedFonts.store(jar)).isEqualTo(1);

		try (ZipFile zip = new ZipFile(jar.toFile())) {
			List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
			assertThat(names).containsExactly("META-INF/MANIFEST.MF", "fonts/", "fonts/NotoSansTC-Bold.ttf", "tw/annualreport/X.class");
			ZipEntry stored = zip.getEntry("fonts/NotoSansTC-Bold.ttf");
			assertThat(stored.getMethod()).isEqualTo(ZipEntry.STORED);
			assertThat(stored.getCompressedSize()).isEqualTo(font.length);
			assertThat(zip.getInputStream(stored).readAllBytes()).isEqualTo(font);
			assertThat(zip.getEntry("tw/annualreport/X.class").getMethod()).isEqualTo(ZipEntry.DEFLATED);
			assertThat(new String(zip.getInputStream(zip.getEntry("tw/annualreport/X.class")).readAllBytes(), StandardCharsets.US_ASCII))
				.isEqualTo("class bytes".repeat(100));
		}
		try (JarFile read = new JarFile(jar.toFile())) {
			assertThat(read.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("x.Y");
		}
		assertThat(UncompressedFonts.store(jar)).as("a second time: nothing left to store").isZero();
		assertThat(this.temp.resolve("app.jar.storing")).doesNotExist();
	}

	@Test
	void aJarThatCannotBeReadIsLeftAsItWas() throws Exception {
		Path jar = Files.writeString(this.temp.resolve("broken.jar"), "not a zip");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> UncompressedFonts.store(jar))
			.isInstanceOf(java.io.IOException.class);
		assertThat(jar).hasContent("not a zip");
		assertThat(this.temp.resolve("broken.jar.storing")).doesNotExist();
	}

	private static void entry(ZipOutputStream out, String name, byte[] content) throws Exception {
		out.putNextEntry(new ZipEntry(name));
		out.write(content);
		out.closeEntry();
	}

}
