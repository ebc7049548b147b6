package tw.annualreport.system.schema;

import org.flywaydb.core.Flyway;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Creates or upgrades the schema so that a kill at any point is repaired by the next start: every
 * migration can be run again (tables {@code IF NOT EXISTS}, columns and indexes through
 * {@link SchemaChanges}), and a migration recorded as failed, or half applied by a killed process,
 * is cleared first ({@link Flyway#repair()}) and then run again to its end.
 */
@Component
class SchemaMigration implements FlywayMigrationStrategy {

	@Override
	public void migrate(Flyway flyway) {
		flyway.repair();
		flyway.migrate();
	}

}
