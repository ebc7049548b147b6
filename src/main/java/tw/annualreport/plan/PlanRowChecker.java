package tw.annualreport.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tw.annualreport.figures.IndicatorSource;
import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowCheck;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRow;

/**
 * Checks the rows of plan.csv, one by one and then as a tree: a duplicate code, a code whose
 * parent is missing (or was itself rejected), and an indicator on a node that has children are
 * errors. The tree checks need the whole file, so this works on the file's rows at once (a plan
 * has at most a few hundred rows).
 */
public final class PlanRowChecker {

	private static final SourceFile.Column CODE = SourceFile.PLAN.column("code");

	private static final SourceFile.Column INDICATOR = SourceFile.PLAN.column("indicator");

	private static final SourceFile.Column DIRECTION = SourceFile.PLAN.column("direction");

	private static final SourceFile.Column UNIT = SourceFile.PLAN.column("indicatorUnit");

	private static final SourceFile.Column SOURCE = SourceFile.PLAN.column("indicatorSource");

	private static final SourceFile.Column LABEL = SourceFile.PLAN.column("label");

	private final int rocYear;

	private final IndicatorSource.Catalogue sources;

	/** @param sources the 指標來源 there are (the key figures') */
	public PlanRowChecker(int rocYear, IndicatorSource.Catalogue sources) {
		this.rocYear = rocYear;
		this.sources = sources;
	}

	public List<ImportedRow<PlanNode>> check(List<SourceRow> rows) {
		// pass 1: each row on its own
		Map<SourceRow, RowCheck> checks = new LinkedHashMap<>();
		Map<SourceRow, PlanNode> nodes = new LinkedHashMap<>();
		Set<String> codes = new HashSet<>();
		int seq = 0;
		for (SourceRow row : rows) {
			RowCheck check = new RowCheck(row, this.rocYear);
			checks.put(row, check);
			PlanNode node = node(check, ++seq);
			if (node != null && !codes.add(node.code())) {
				check.reject(CODE.chinese(), row.get(CODE), RejectReason.CODE_DUPLICATE);
			}
			else if (node != null) {
				nodes.put(row, node);
			}
		}
		// pass 2: an indicator only on a leaf
		Set<String> parents = nodes.values().stream().map(PlanNode::parentCode).filter((p) -> p != null)
			.collect(Collectors.toSet());
		nodes.forEach((row, node) -> {
			if (node.hasIndicator() && parents.contains(node.code())) {
				checks.get(row).reject(INDICATOR.chinese(), node.indicatorName(), RejectReason.INDICATOR_ON_BRANCH,
						"項次 " + node.code() + " 下還有細項");
			}
		});
		// pass 3: every parent present and accepted, top level first so a rejection cascades down
		Set<String> accepted = new HashSet<>();
		for (int level = 1; level <= 3; level++) {
			for (Map.Entry<SourceRow, PlanNode> entry : nodes.entrySet()) {
				PlanNode node = entry.getValue();
				RowCheck check = checks.get(entry.getKey());
				if (node.level() != level || !check.ok()) {
					continue;
				}
				if (node.parentCode() != null && !accepted.contains(node.parentCode())) {
					String detail = codes.contains(node.parentCode()) ? "上層項次 " + node.parentCode() + " 已被拒收"
							: "找不到上層項次 " + node.parentCode();
					check.reject(CODE.chinese(), node.code(), RejectReason.PARENT_MISSING, detail);
				}
				else {
					accepted.add(node.code());
				}
			}
		}
		List<ImportedRow<PlanNode>> result = new ArrayList<>();
		for (SourceRow row : rows) {
			RowCheck check = checks.get(row);
			result.add(check.ok() ? ImportedRow.accepted(row, nodes.get(row)) : ImportedRow.rejected(row, check.problems()));
		}
		return result;
	}

	private PlanNode node(RowCheck check, int seq) {
		String rawCode = check.code(CODE);
		String code = rawCode.isEmpty() ? null : PlanCodes.canonical(rawCode);
		if (!rawCode.isEmpty() && code == null) {
			check.reject(CODE.chinese(), rawCode, RejectReason.CODE_INVALID);
		}
		String title = check.text(SourceFile.PLAN.column("title"));
		String units = units(check.code(SourceFile.PLAN.column("units")));
		String indicator = check.text(INDICATOR);
		String unit = check.text(UNIT);
		String direction = check.choice(DIRECTION);
		BigDecimal target = check.decimal(SourceFile.PLAN.column("target"));
		BigDecimal previous = check.decimal(SourceFile.PLAN.column("previous"));
		if (indicator.isEmpty() && (!unit.isEmpty() || target != null || previous != null)) {
			check.reject(INDICATOR.chinese(), "", RejectReason.REQUIRED_BLANK, "填了指標單位、目標值或前一年度實績，但未填指標名稱");
		}
		IndicatorSource source = source(check, indicator, unit);
		if (!check.ok() || code == null) {
			return null;
		}
		boolean hasIndicator = !indicator.isEmpty();
		// a bound indicator without a unit takes its figure's (a rate in %, a score in 分, days in 日)
		String indicatorUnit = !unit.isEmpty() ? unit : (source == null) ? null : source.scale().unit();
		// 編號 as typed (blank: unnumbered); without the column, by position
		String label = check.row().has(LABEL) ? check.text(LABEL) : PlanNumbering.byPosition(code);
		String due = check.text(SourceFile.PLAN.column("due"));
		return new PlanNode(code, PlanCodes.parent(code), PlanCodes.level(code), seq, title, units,
				hasIndicator ? indicator : null, hasIndicator ? indicatorUnit : null,
				hasIndicator ? (direction == null ? "HIGHER" : direction) : null, target, previous,
				(source == null) ? null : source.key(), label.isEmpty() ? null : label, due.isEmpty() ? null : due);
	}

	/** 指標來源: a computed figure of {@link #sources}, on a row with an indicator. */
	private IndicatorSource source(RowCheck check, String indicator, String unit) {
		String value = check.code(SOURCE);
		if (value.isEmpty()) {
			return null;
		}
		IndicatorSource source = this.sources.parse(value).orElse(null);
		if (source == null) {
			check.reject(SOURCE.chinese(), value, RejectReason.INDICATOR_SOURCE_UNKNOWN,
					"應為下列之一：" + this.sources.validValues());
		}
		else if (indicator.isEmpty()) {
			check.reject(SOURCE.chinese(), value, RejectReason.INDICATOR_SOURCE_WITHOUT_INDICATOR);
		}
		else if (source.scale() == IndicatorSource.Scale.RATE && !unit.isEmpty() && !"%".equals(unit)) {
			check.reject(UNIT.chinese(), unit, RejectReason.VALUE_INVALID,
					"指標來源 " + source.key() + " 是比率，指標單位應為 % 或空白");
		}
		return source;
	}

	/** Responsible units separated by 、 , ; or / are stored joined by 、. */
	static String units(String text) {
		String joined = Arrays.stream(text.split("[、,;/]")).map(String::strip).filter((u) -> !u.isEmpty())
			.collect(Collectors.joining("、"));
		return joined.isEmpty() ? null : joined;
	}

}
