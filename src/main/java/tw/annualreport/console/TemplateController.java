package tw.annualreport.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tw.annualreport.source.SourceFile;
import tw.annualreport.system.OutputFormat;
import tw.annualreport.template.SourceTemplates;
import tw.annualreport.template.TemplateColumn;

/**
 * 資料範本: the Excel template of every source file, made from the import's definition, for any
 * signed-in officer: the list ({@code /templates}), one file's ({@code /templates/executions.xlsx}) and
 * all in one workbook ({@code /templates/all.xlsx}). The examples' dates are in the year asked for.
 */
@Controller
@ConditionalOnWebApplication
class TemplateController {

	/** The name of the workbook of every file. */
	static final String ALL = "all";

	private final SourceTemplates templates;

	TemplateController(SourceTemplates templates) {
		this.templates = templates;
	}

	/** A file as the page lists it. */
	record Listed(SourceFile file, List<TemplateColumn> columns) {
	}

	@GetMapping("/templates")
	String list(@AuthenticationPrincipal ConsoleOfficer officer, @RequestParam(required = false) Integer year, Model model) {
		int rocYear = RocYears.of(year);
		model.addAttribute("officer", officer);
		model.addAttribute("year", rocYear);
		model.addAttribute("files",
				Arrays.stream(SourceFile.values()).map((file) -> new Listed(file, this.templates.columns(file, rocYear))).toList());
		model.addAttribute("all", ALL);
		return "templates";
	}

	@GetMapping("/templates/{name}.xlsx")
	ResponseEntity<byte[]> download(@PathVariable String name, @RequestParam(required = false) Integer year)
			throws IOException {
		int rocYear = RocYears.of(year);
		List<SourceFile> files;
		String fileName;
		if (ALL.equals(name)) {
			files = List.of(SourceFile.values());
			fileName = rocYear + "年度來源檔範本（全部）.xlsx";
		}
		else {
			SourceFile file = SourceFile.ofFileName(name)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "找不到這個資料範本"));
			files = List.of(file);
			fileName = rocYear + "年度" + file.label() + "範本（" + file.fileName() + "）.xlsx";
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.templates.write(files, rocYear, bytes);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(OutputFormat.XLSX.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes.toByteArray());
	}

}
