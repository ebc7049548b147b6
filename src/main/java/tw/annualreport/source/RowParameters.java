package tw.annualreport.source;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The named parameters of one inserted row: {@code :importId}, and the row's values by name (a
 * record's components, its other public no-argument methods, getters by property name). The
 * accessors are looked up once per class: Spring's {@code SimplePropertySqlParameterSource} looks
 * each one up again for every row (a record has no bean getters, so it searches its fields),
 * which was 39 % of the import's time.
 */
final class RowParameters implements SqlParameterSource {

	/** Per class: its public no-argument methods by name, and getters by property name too. */
	private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {

		@Override
		protected Map<String, Method> computeValue(Class<?> type) {
			Map<String, Method> accessors = new HashMap<>();
			for (Method method : type.getMethods()) {
				if (method.getParameterCount() == 0 && method.getReturnType() != void.class
						&& method.getDeclaringClass() != Object.class && !Modifier.isStatic(method.getModifiers())) {
					method.setAccessible(true);
					accessors.put(method.getName(), method);
				}
			}
			// and bean getters by their property name (getLevelNames() binds :levelNames)
			for (Method method : List.copyOf(accessors.values())) {
				String name = method.getName();
				if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
					accessors.putIfAbsent(Character.toLowerCase(name.charAt(3)) + name.substring(4), method);
				}
			}
			return accessors;
		}

	};

	private final long importId;

	private final Object row;

	private final Map<String, Method> accessors;

	private RowParameters(long importId, Object row) {
		this.importId = importId;
		this.row = row;
		this.accessors = ACCESSORS.get(row.getClass());
	}

	/** The parameters of a row: its record components, other public values and getters. */
	static RowParameters of(long importId, Object row) {
		return new RowParameters(importId, row);
	}

	/**
	 * The accessors of the named parameters of rows of a class, in order ({@code null} for
	 * {@code :importId}): for a writer that reads many rows of one class, so each value is one call.
	 */
	static Method[] accessors(Class<?> type, List<String> names) {
		Map<String, Method> accessors = ACCESSORS.get(type);
		Method[] ordered = new Method[names.size()];
		for (int i = 0; i < ordered.length; i++) {
			String name = names.get(i);
			if (!"importId".equals(name)) {
				ordered[i] = accessors.get(name);
				if (ordered[i] == null) {
					throw new IllegalArgumentException("no parameter :" + name + " in " + type.getSimpleName());
				}
			}
		}
		return ordered;
	}

	/** The value an accessor of {@link #accessors} reads from a row. */
	static Object read(Method accessor, Object row) {
		try {
			return accessor.invoke(row);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + accessor.getName() + " of " + row.getClass().getSimpleName(), ex);
		}
	}

	@Override
	public boolean hasValue(String name) {
		return "importId".equals(name) || this.accessors.containsKey(name);
	}

	@Override
	public Object getValue(String name) {
		if ("importId".equals(name)) {
			return this.importId;
		}
		Method accessor = this.accessors.get(name);
		if (accessor == null) {
			throw new IllegalArgumentException("no parameter :" + name + " in " + this.row.getClass().getSimpleName());
		}
		return read(accessor, this.row);
	}

}
