package tw.annualreport.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InsertShapeTests {

	@Test
	void readsTheTableColumnsAndParametersOfAnInsertAcrossLines() {
		InsertShape shape = InsertShape.of("""
				INSERT INTO phone_test_score (import_id, test_id,
				                              item_code, score)
				VALUES (:importId, :testId,
				        :itemCode, :score)
				""");

		assertThat(shape.table()).isEqualTo("phone_test_score");
		assertThat(shape.columns()).containsExactly("import_id", "test_id", "item_code", "score");
		assertThat(shape.parameters()).containsExactly("importId", "testId", "itemCode", "score");
	}

	@Test
	void refusesWhatABulkLoadCouldNotStoreTheSame() {
		assertThatIllegalArgumentException().isThrownBy(() -> InsertShape.of("INSERT INTO t (a, b) VALUES (:a, NOW())"))
			.withMessageContaining("NOW()");
		assertThatIllegalArgumentException().isThrownBy(() -> InsertShape.of("INSERT INTO t (a, b) VALUES (:a)"))
			.withMessageContaining("2 columns but 1 values");
		assertThatIllegalArgumentException().isThrownBy(() -> InsertShape.of("UPDATE t SET a = :a"));
		assertThatIllegalArgumentException().isThrownBy(() -> InsertShape.of("INSERT INTO t SELECT * FROM u"));
	}

}
