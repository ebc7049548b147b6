package tw.annualreport.bureau;

import tw.annualreport.job.AgencyTargets;

import java.nio.file.Path;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One agency of a bureau run, as its partition's step execution context carries it (so a worker
 * on another machine, or a restart, has everything): the agency code, its input folder (none
 * when the run works from the database) and, for a folder that could not be read, the problem
 * that fails the partition.
 */
record AgencyPartition(String code, Path folder, String problem) {

	static final String CODE = "agency";

	static final String FOLDER = "input";

	static final String PROBLEM = "problem";

	/** The partition's name, part of its step execution's name: {@code agencyReportStep:KHH-ZY}. */
	String name() {
		return this.code;
	}

	/**
	 * What a log line calls a partition: 「機關 KHH-ZY」, the code the operator knows, never the
	 * step's name ({@code agencyReportStep:KHH-ZY}).
	 */
	static String label(StepExecution partition) {
		return "機關 " + partition.getExecutionContext().getString(CODE, partition.getStepName());
	}

	/** A partition's end in a log line's words. */
	static String outcome(StepExecution partition) {
		return switch (partition.getStatus()) {
			case COMPLETED -> "完成";
			case STOPPED, STOPPING -> "已停止";
			default -> "未完成";
		};
	}

	static AgencyPartition of(AgencyTargets.Target target) {
		return new AgencyPartition(target.code(), target.folder(), target.problem());
	}

	AgencyTargets.Target target(String parentCode) {
		return new AgencyTargets.Target(this.code, parentCode, this.folder, this.problem);
	}

	ExecutionContext context() {
		ExecutionContext context = new ExecutionContext();
		context.putString(CODE, this.code);
		if (this.folder != null) {
			context.putString(FOLDER, this.folder.toString());
		}
		if (this.problem != null) {
			context.putString(PROBLEM, this.problem);
		}
		return context;
	}

	static AgencyPartition of(String code, String folder, String problem) {
		return new AgencyPartition(code, (folder == null) ? null : Path.of(folder), problem);
	}

}
