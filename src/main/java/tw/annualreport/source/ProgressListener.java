package tw.annualreport.source;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs the rows done by a chunk step after each full chunk and at its end, so long work shows progress. */
public class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

	private static final Log logger = LogFactory.getLog(ProgressListener.class);

	private final String stepName;

	private long done;

	public ProgressListener(String stepName) {
		this.stepName = stepName;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.done = 0;
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		this.done += chunk.size();
		if (chunk.size() >= ImportSteps.CHUNK_SIZE) {
			// only a file longer than one chunk is worth a progress line
			logger.info(this.stepName + "：已處理 " + this.done + " 筆");
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		logger.info(this.stepName + "：完成，讀取 " + stepExecution.getReadCount() + " 筆");
		return stepExecution.getExitStatus();
	}

}
