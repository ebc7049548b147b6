package tw.annualreport.system;

import java.nio.file.Path;
import java.util.Set;

/**
 * What one run of an agency-year makes and where, as the steps receive it (bound late from the
 * job parameters in {@code job/RunBinding}, the one place that reads them).
 *
 * @param agencyCode e.g. KHH-ZY
 * @param rocYear e.g. 113
 * @param kind a draft or the final report
 * @param folder {@code <out>/<Y>/<A>/}
 * @param formats the outputs asked for
 * @param mail whether to mail the report once it is written
 */
public record ReportRun(String agencyCode, int rocYear, ReportKind kind, Path folder, Set<OutputFormat> formats,
		boolean mail) {

	public boolean draft() {
		return !this.kind.isFinal();
	}

	public boolean writes(OutputFormat format) {
		return this.formats.contains(format);
	}

}
