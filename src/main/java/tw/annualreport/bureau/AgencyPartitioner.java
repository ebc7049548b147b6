package tw.annualreport.bureau;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import tw.annualreport.job.AgencyTargets;
import tw.annualreport.register.Bureaus;

/**
 * One partition per agency of a bureau run ({@link AgencyTargets}: the sub-folders of the input
 * under the bureau, or under every bureau of a city ({@link Bureaus}), or the agencies published in the database), each carrying its agency in its
 * step execution context ({@link AgencyPartition}). The grid size is ignored: an agency is the
 * unit of work.
 */
class AgencyPartitioner implements Partitioner {

	private final AgencyTargets targets;

	private final BureauRun bureau;

	private final Bureaus bureaus;

	AgencyPartitioner(AgencyTargets targets, BureauRun bureau, Bureaus bureaus) {
		this.targets = targets;
		this.bureau = bureau;
		this.bureaus = bureaus;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (AgencyTargets.Target target : this.targets.underParents(
				this.bureaus.parents(this.bureau.parent(), this.bureau.rocYear()), this.bureau.rocYear(), this.bureau.input())) {
			AgencyPartition partition = AgencyPartition.of(target);
			partitions.put(partition.name(), partition.context());
		}
		return partitions;
	}

}
