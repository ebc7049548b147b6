package tw.annualreport.report.jasper;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Data source over a collection of Java records: field "x" reads accessor {@code x()}.
 * Needed because JasperReports 7.0.6's JRBeanCollectionDataSource uses bean introspection
 * (getX()), so a record fails with "Unknown property 'x'".
 */
public final class RecordDataSource implements JRRewindableDataSource {
	private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

	private final Collection<?> rows;
	private Iterator<?> it;
	private Object current;

	public RecordDataSource(Collection<?> rows) {
		this.rows = rows == null ? java.util.List.of() : rows;
		this.it = this.rows.iterator();
	}

	@Override
	public boolean next() {
		if (it.hasNext()) {
			current = it.next();
			return true;
		}
		current = null;
		return false;
	}

	@Override
	public Object getFieldValue(JRField field) throws JRException {
		if (current == null) return null;
		Method m = accessors(current.getClass()).get(field.getName());
		if (m == null) {
			throw new JRException("no record component '" + field.getName() + "' in " + current.getClass().getName());
		}
		try {
			return m.invoke(current);
		} catch (ReflectiveOperationException e) {
			throw new JRException("cannot read '" + field.getName() + "' of " + current.getClass().getName(), e);
		}
	}

	@Override
	public void moveFirst() {
		it = rows.iterator();
		current = null;
	}

	private static Map<String, Method> accessors(Class<?> type) {
		return ACCESSORS.computeIfAbsent(type, t -> {
			if (!t.isRecord()) throw new IllegalArgumentException(t.getName() + " is not a record");
			Map<String, Method> m = new HashMap<>();
			for (RecordComponent rc : t.getRecordComponents()) {
				Method acc = rc.getAccessor();
				acc.setAccessible(true);
				m.put(rc.getName(), acc);
			}
			return m;
		});
	}
}
