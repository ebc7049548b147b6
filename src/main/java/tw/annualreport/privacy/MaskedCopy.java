package tw.annualreport.privacy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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

	/** Per record class, looked up once. */
	private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {

		@Override
		protected RecordShape computeValue(Class<?> type) {
			return RecordShape.of(type);
		}

	};

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
		RecordShape shape = SHAPES.get(record.getClass());
		Object[] values = new Object[shape.accessors().length];
		try {
			for (int i = 0; i < values.length; i++) {
				Object value = shape.accessors()[i].invoke(record);
				values[i] = shape.notPersonal()[i] ? value : copy(value);
			}
			return (Record) shape.constructor().newInstance(values);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName() + ": "
					+ ex.getCause().getMessage(), ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), ex);
		}
	}

	/**
	 * A record class's accessors, which of its components are not personal, and its canonical
	 * constructor: looked up once per class, since a report copies tens of thousands of records
	 * (looking them up per record was a tenth of a city agency's render).
	 */
	private record RecordShape(Method[] accessors, boolean[] notPersonal, Constructor<?> constructor) {

		static RecordShape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Method[] accessors = new Method[components.length];
			boolean[] notPersonal = new boolean[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				accessors[i] = components[i].getAccessor();
				accessors[i].setAccessible(true);
				notPersonal[i] = components[i].isAnnotationPresent(NotPersonal.class);
				types[i] = components[i].getType();
			}
			try {
				Constructor<?> constructor = type.getDeclaredConstructor(types);
				constructor.setAccessible(true);
				return new RecordShape(accessors, notPersonal, constructor);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("cannot copy " + type.getSimpleName(), ex);
			}
		}

	}

}
