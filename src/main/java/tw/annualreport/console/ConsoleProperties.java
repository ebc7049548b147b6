package tw.annualreport.console;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The web console's settings ({@code annual-report.console.*}).
 *
 * @param input the uploaded source files, one sub-folder per agency (named by its code)
 * @param maxFileSize one uploaded file (a ZIP entry unpacked, too)
 * @param maxFiles files in one upload, a ZIP's entries counted
 * @param maxUploadSize an upload in all, a ZIP unpacked
 * @param maxZipRatio unpacked ÷ packed size of a ZIP entry beyond which it is taken for a ZIP bomb
 */
@ConfigurationProperties("annual-report.console")
public record ConsoleProperties(@DefaultValue("./input") Path input, @DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("30") int maxFiles, @DefaultValue("100MB") DataSize maxUploadSize,
		@DefaultValue("100") int maxZipRatio) {

	/** The agency's own folder under the input folder. */
	public Path folderOf(String code) {
		return this.input.toAbsolutePath().normalize().resolve(code);
	}

}
