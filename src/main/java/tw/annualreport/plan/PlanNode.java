package tw.annualreport.plan;

import java.math.BigDecimal;

/**
 * A node of the plan tree: 工作要項 / 工作重點 / 具體措施 (Kaohsiung) or 評核構面 / 評核項目 /
 * 評核重點 (national). A leaf is a measure (措施) and may carry one indicator (指標).
 *
 * @param units responsible units (承辦單位) joined with 、
 * @param direction HIGHER or LOWER is better; null without an indicator
 * @param seq position in the source file
 * @param indicatorSource the computed figure the indicator's actual is (指標來源, {@code phone.mean} …);
 *        null when its actual comes from the execution records
 * @param label the plan's numbering of the node (編號: 「一、」, 「(二)」, 「3、」, as typed or by
 *        position, {@link PlanNumbering}); null for a row the plan leaves unnumbered
 * @param due 完成期限 as the plan writes it; null when not given
 */
public record PlanNode(String code, String parentCode, int level, int seq, String title, String units,
		String indicatorName, String indicatorUnit, String direction, BigDecimal target, BigDecimal previous, String indicatorSource,
		String label, String due) {

	public boolean hasIndicator() {
		return this.indicatorName != null;
	}

	/** Whether the indicator's actual is a computed figure rather than execution records'. */
	public boolean hasIndicatorSource() {
		return this.indicatorSource != null;
	}

}
