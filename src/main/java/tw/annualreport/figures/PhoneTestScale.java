package tw.annualreport.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The phone-courtesy scale (電話禮貌測試量表): items grouped in parts (總機, 業務單位 …).
 * Configuration, not code; {@link #municipalDefault()} is the common municipal scale.
 *
 * @param items in the scale's order, which is also the order of every per-item result
 */
public record PhoneTestScale(List<Item> items) {

	/** One scored item; max in points, e.g. 25. */
	public record Item(String code, String label, String part, BigDecimal max) {

		public Item {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(part, "part");
			if (max == null || max.signum() <= 0) {
				throw new IllegalArgumentException("item " + code + " needs a positive max");
			}
		}

	}

	public PhoneTestScale {
		items = List.copyOf(items);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("a scale needs items");
		}
		if (items.stream().map(Item::code).distinct().count() != items.size()) {
			throw new IllegalArgumentException("duplicate item code in the scale");
		}
	}

	/** 總機 45 (接聽速度 25, 電話禮貌 20) + 業務單位 55 (接聽速度 15, 電話禮貌 25, 答話內容 15). */
	public static PhoneTestScale municipalDefault() {
		return new PhoneTestScale(List.of(new Item("OP_SPEED", "總機接聽速度", "總機", BigDecimal.valueOf(25)),
				new Item("OP_COURTESY", "總機電話禮貌", "總機", BigDecimal.valueOf(20)),
				new Item("UNIT_SPEED", "業務單位接聽速度", "業務單位", BigDecimal.valueOf(15)),
				new Item("UNIT_COURTESY", "業務單位電話禮貌", "業務單位", BigDecimal.valueOf(25)),
				new Item("UNIT_ANSWER", "答話內容", "業務單位", BigDecimal.valueOf(15))));
	}

	public Item item(String code) {
		for (Item item : this.items) {
			if (item.code().equals(code)) {
				return item;
			}
		}
		throw new IllegalArgumentException("no scale item " + code);
	}

	/** Items by part, parts in first-seen order. */
	public Map<String, List<Item>> parts() {
		Map<String, List<Item>> parts = new LinkedHashMap<>();
		for (Item item : this.items) {
			parts.computeIfAbsent(item.part(), (p) -> new ArrayList<>()).add(item);
		}
		return parts;
	}

}
