package tw.annualreport.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;

import tw.annualreport.bureau.BureauJobConfiguration;
import tw.annualreport.bureau.BureauPartitions;
import tw.annualreport.job.AnnualReportJobConfiguration;
import tw.annualreport.job.CheckSourcesJobConfiguration;
import tw.annualreport.job.JobParameterNames;
import tw.annualreport.source.SourceFile;
import tw.annualreport.summary.ComputeFiguresTasklet;

/**
 * The steps of a run in the officer's words (匯入工作計畫、檢查資料、產製報告檔案 …), never Spring
 * Batch's step names, and the steps a run will take, in order, so its progress can be told as
 * steps done of steps to do. The import steps come from {@link SourceFile}; a test checks every
 * step of every job has its words here.
 */
public final class StepLabels {

	/** The report: figures → summary.json → the report files → mail (skipped unless asked). */
	private static final Map<String, String> REPORT = Map.of(ComputeFiguresTasklet.STEP_NAME, "計算統計數據",
			AnnualReportJobConfiguration.WRITE_SUMMARY_STEP, "寫出統計摘要",
			AnnualReportJobConfiguration.RENDER_REPORT_STEP, "產製報告檔案",
			AnnualReportJobConfiguration.DELIVER_REPORT_STEP, "寄送報告");

	private static final Map<String, String> OTHERS = Map.of(AnnualReportJobConfiguration.CHECK_IMPORT_STEP, "檢查資料",
			AnnualReportJobConfiguration.PUBLISH_IMPORT_STEP, "更新正式資料",
			CheckSourcesJobConfiguration.CHECK_SOURCES_STEP, "檢查資料",
			CheckSourcesJobConfiguration.DISCARD_CHECK_STEP, "清除檢查暫存資料",
			BureauJobConfiguration.AGENCIES_STEP, "產製各機關報告",
			BureauJobConfiguration.AGENCY_STEP, "產製機關報告",
			BureauJobConfiguration.CONSOLIDATE_STEP, "產製彙整報告",
			BureauJobConfiguration.DELIVER_STEP, "寄送彙整報告");

	private static final List<String> REPORT_ORDER = List.of(ComputeFiguresTasklet.STEP_NAME,
			AnnualReportJobConfiguration.WRITE_SUMMARY_STEP, AnnualReportJobConfiguration.RENDER_REPORT_STEP,
			AnnualReportJobConfiguration.DELIVER_REPORT_STEP);

	private StepLabels() {
	}

	/**
	 * A step in the officer's words; a partition of a bureau run ({@code agencyReportStep:KHH-ZY})
	 * as its step; a step this list does not know as 「處理中」, never its name.
	 */
	public static String of(String stepName) {
		String step = stepName.contains(":") ? stepName.substring(0, stepName.indexOf(':')) : stepName;
		for (SourceFile file : SourceFile.values()) {
			if (file.stepName().equals(step)) {
				return "匯入" + file.label();
			}
		}
		String label = REPORT.getOrDefault(step, OTHERS.get(step));
		return (label != null) ? label : "處理中";
	}

	/** Whether {@link #of} knows the step by its own words. */
	public static boolean knows(String stepName) {
		return !"處理中".equals(of(stepName));
	}

	/** The steps a run of this execution takes, in order (a bureau run's partitions not counted). */
	public static List<String> plan(JobExecution execution) {
		String job = execution.getJobInstance().getJobName();
		boolean imports = execution.getJobParameters().getString(JobParameterNames.INPUT) != null;
		List<String> steps = new ArrayList<>();
		if (BureauPartitions.JOB_NAME.equals(job)) {
			return List.of(BureauJobConfiguration.AGENCIES_STEP, BureauJobConfiguration.CONSOLIDATE_STEP,
					BureauJobConfiguration.DELIVER_STEP);
		}
		if (CheckSourcesJobConfiguration.JOB_NAME.equals(job) || imports) {
			for (SourceFile file : SourceFile.values()) {
				steps.add(file.stepName());
			}
		}
		if (CheckSourcesJobConfiguration.JOB_NAME.equals(job)) {
			steps.add(CheckSourcesJobConfiguration.CHECK_SOURCES_STEP);
			steps.add(CheckSourcesJobConfiguration.DISCARD_CHECK_STEP);
			return steps;
		}
		if (imports) {
			steps.add(AnnualReportJobConfiguration.CHECK_IMPORT_STEP);
			steps.add(AnnualReportJobConfiguration.PUBLISH_IMPORT_STEP);
		}
		steps.addAll(REPORT_ORDER);
		return steps;
	}

}
