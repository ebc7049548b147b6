package tw.annualreport.console;

import org.springframework.batch.core.BatchStatus;

/** A run's status in the officer's words (完成、失敗、執行中 …), never Spring Batch's constant. */
final class RunStatusLabel {

	private RunStatusLabel() {
	}

	static String of(String batchStatus) {
		return switch (BatchStatus.valueOf(batchStatus)) {
			case COMPLETED -> "完成";
			case FAILED -> "失敗";
			case STARTING, STARTED -> "執行中";
			case STOPPING, STOPPED -> "已中止";
			case ABANDONED -> "已放棄";
			case UNKNOWN -> "狀態不明";
		};
	}

}
