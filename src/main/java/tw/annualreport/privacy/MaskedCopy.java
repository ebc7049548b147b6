package tw.annualreport.privacy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where what an output shows is masked ({@link PersonalDataMask}): a copy of a
 * record tree (the summary, the report's data, the mail) with every text component masked, in
 * nested records, lists and map values alike, except the components marked {@link NotPersonal}.
 * A text added to such a record later is masked without anyone remembering to. Map keys are kept
 * (they are our names: source files, metrics, codes). A component of a type the copy cannot look
 * into is refused, so nothing slips through unmasked.
 */
public final class MaskedCopy {

	private MaskedCopy() {
	}

	/** A masked copy of {@code value} (a record, a list or map of them, or a text). */
	@SuppressWarnings("unchecked")
	public static <T> T of(T value) {
		return (T) copy(value);
	}

	private static Object copy(Object value) {
		if (value == null || isPlainValue(value)) {
			return value;
		}
		if (value instanceof String text) {
			return PersonalDataMask.mask(text);
		}
		if (value instanceof Record record) {
			return copyRecord(record);
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach((element) -> copy.add(copy(element)));
			return Collections.unmodifiableList(copy);
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, element) -> copy.put(key, copy(element)));
			return Collections.unmodifiableMap(copy);
		}
		throw new IllegalArgumentException(
				"MaskedCopy cannot look into a " + value.getClass().getName() + "; make it a record, or a plain value");
	}

	private static boolean isPlainValue(Object value) {
		return value instanceof Number || value instanceof Boolean || value instanceof Character
				|| value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof Path;
	}

	private static Record copyRecord(Record record) {
		RecordComponent[] components = record.getClass().getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				RecordComponent component = components[i];
				component.getAccessor().setAccessible(true);
				Object value = component.getAccessor().invoke(record);
				values[i] = component.isAnnotationPresent(NotPersonal.class) ? value : copy(value);
				types[i] = component.getType();
			}
			Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return (Record) constructor.newInstance(values);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName() + ": "
					+ ex.getCause().getMessage(), ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), ex);
		}
	}

}
