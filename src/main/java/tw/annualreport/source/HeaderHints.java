package tw.annualreport.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tw.annualreport.system.EditDistance;

/**
 * What a header row lacks, said so the officer can fix it: each missing column, and for a header
 * that looks like a typo of one (執行曰期 for 執行日期, 項次 for 措施項次, stauts for status) the question
 * 「找到「執行曰期」，是否為「執行日期」？」; without such a header, the headers the file has.
 */
public final class HeaderHints {

	private HeaderHints() {
	}

	/**
	 * The detail of a missing-column problem, or empty when no required column is missing.
	 *
	 * @param columns the file's contract columns
	 * @param headers the file's (normalised) header cells
	 */
	public static Optional<String> missing(List<SourceFile.Column> columns, List<String> headers) {
		List<String> unknown = headers.stream()
			.filter((header) -> !header.isEmpty() && columns.stream().noneMatch((column) -> column.matches(header)))
			.toList();
		List<String> parts = new ArrayList<>();
		boolean unexplained = false;
		for (SourceFile.Column column : columns) {
			if (!column.required() || headers.stream().anyMatch(column::matches)) {
				continue;
			}
			Optional<String> near = nearest(unknown, column.chinese(), column.alias());
			unexplained |= near.isEmpty();
			parts.add(column.chinese() + "[" + column.alias() + "]" + near.map((found) -> "（" + hint(found, column.chinese()) + "）").orElse(""));
		}
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(String.join("、", parts) + (unexplained ? "；" + found(headers) : ""));
	}

	/** 「找到「執行曰期」，是否為「執行日期」？」 */
	public static String hint(String found, String expected) {
		return "找到「" + found + "」，是否為「" + expected + "」？";
	}

	/** 「檔案的標題列為：措施項次、執行日期」, or that the header row is empty. */
	public static String found(List<String> headers) {
		List<String> named = headers.stream().filter((header) -> !header.isEmpty()).toList();
		return named.isEmpty() ? "檔案的第 1 列（標題列）是空的" : "檔案的標題列為：" + String.join("、", named);
	}

	/**
	 * The header among {@code candidates} nearest to any of the names of an expected column, if one
	 * is near enough to be a typo of it: at most one character in three different (at least one), or
	 * one holding the other (項次 for 措施項次).
	 */
	public static Optional<String> nearest(List<String> candidates, String... names) {
		return candidates.stream()
			.filter((candidate) -> distance(candidate, names) <= 0)
			.min(Comparator.comparingInt((candidate) -> distance(candidate, names)));
	}

	/** How far a header is from the nearest name, less what a typo may differ by: ≤ 0 is near enough. */
	private static int distance(String candidate, String... names) {
		String found = candidate.toLowerCase(Locale.ROOT);
		int best = Integer.MAX_VALUE;
		for (String name : names) {
			String expected = name.toLowerCase(Locale.ROOT);
			int allowed = Math.max(1, expected.length() / 3);
			int d = EditDistance.between(found, expected) - allowed;
			if (found.length() >= 2 && (expected.contains(found) || found.contains(expected))) {
				d = Math.min(d, 0);
			}
			best = Math.min(best, d);
		}
		return best;
	}

}
