package tw.annualreport.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tw.annualreport.delivery.AttachmentNames;
import tw.annualreport.delivery.ReportMail;
import tw.annualreport.system.OutputFolder;

/**
 * Downloads of an agency-year's outputs: only the named report files, only from its output folder
 * ({@code <out>/<year>/<code>/}), never a path the request makes up.
 */
@Controller
@ConditionalOnWebApplication
class FileController {

	private final ConsoleRuns runs;

	private final OfficerAccess access;

	FileController(ConsoleRuns runs, OfficerAccess access) {
		this.runs = runs;
		this.access = access;
	}

	@GetMapping("/agencies/{code}/{year}/files/{name}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal ConsoleOfficer officer, @PathVariable String code,
			@PathVariable int year, @PathVariable String name) {
		int rocYear = RocYears.of(year);
		boolean bureau = this.access.check(officer, code, rocYear);
		ReportFileName file = ReportFileName.of(name).orElse(null);
		if (file == null) {
			throw ConsoleErrors.noSuchFile();
		}
		Path folder = OutputFolder.of(this.runs.out(), rocYear, code).toAbsolutePath().normalize();
		Path path = folder.resolve(file.fileName()).normalize();
		if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
			throw ConsoleErrors.noSuchFile();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(downloadName(bureau, code, rocYear, file), StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(new FileSystemResource(path));
	}

	/** The name the mail gives the file: 「高雄市左營區衛生所_113年度提升服務成果報告.pdf」. */
	private String downloadName(boolean bureau, String code, int rocYear, ReportFileName file) {
		String agencyName = this.runs.agency(code, rocYear).map(ConsoleRuns.AgencyEntry::name).orElse(code);
		String title = file.equals(ReportFileName.REJECTS) ? AttachmentNames.REJECTS
				: bureau ? ReportMail.BUREAU_REPORT : ReportMail.AGENCY_REPORT;
		return AttachmentNames.of(agencyName, rocYear, title, file.fileName());
	}

}
