package tw.annualreport.console;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tw.annualreport.source.SourceFile;
import tw.annualreport.source.Text;
import tw.annualreport.system.EditDistance;

/**
 * Which source file a table that matches none might be: by its header row first (the columns of
 * the contract it has), else by its name (「執行紀錄.csv」 is the 執行紀錄, 「phone_test.csv」 the
 * phone tests), so that the officer knows what to rename it to.
 *
 * @param file the source file it might be
 * @param byHeaders whether its headers said so (else its name)
 */
record SourceGuess(SourceFile file, boolean byHeaders) {

	/** @param names the file's base name and, for a sheet, the sheet's name */
	static Optional<SourceGuess> of(List<String> names, List<String> headers) {
		return byHeaders(headers).map((f) -> new SourceGuess(f, true))
			.or(() -> byName(names).map((f) -> new SourceGuess(f, false)));
	}

	/** The file whose required columns the headers have most of, at least half of them. */
	private static Optional<SourceFile> byHeaders(List<String> headers) {
		SourceFile best = null;
		double bestShare = 0;
		for (SourceFile file : SourceFile.values()) {
			List<SourceFile.Column> required = file.columns().stream().filter(SourceFile.Column::required).toList();
			long found = required.stream().filter((c) -> headers.stream().anyMatch(c::matches)).count();
			double share = (double) found / required.size();
			if (share >= 0.5 && share > bestShare) {
				best = file;
				bestShare = share;
			}
		}
		return Optional.ofNullable(best);
	}

	/** The file whose Chinese name, file name or alias is the name, contains it, or is a typo away. */
	private static Optional<SourceFile> byName(List<String> names) {
		SourceFile best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String raw : names) {
			String name = key(raw);
			if (name.length() < 2) {
				continue;
			}
			for (SourceFile file : SourceFile.values()) {
				for (String known : List.of(key(file.label()), key(file.fileName()), key(file.alias()))) {
					int distance = EditDistance.between(name, known);
					boolean close = distance == 0 || name.contains(known) || known.contains(name)
							|| (distance <= 2 && Math.min(name.length(), known.length()) >= 5);
					if (close && distance < bestDistance) {
						best = file;
						bestDistance = distance;
					}
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** Letters and digits only, lower case: 「Phone_Tests」 and 「phone tests」 are one name. */
	private static String key(String name) {
		StringBuilder key = new StringBuilder();
		Text.strict(name).toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString();
	}

}
