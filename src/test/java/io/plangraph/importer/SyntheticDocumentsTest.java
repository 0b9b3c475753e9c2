package io.plangraph.importer;

import java.nio.file.Path;
import java.util.List;

import io.plangraph.synthetic.SyntheticJapan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The documents of a synthetic Japan pass every check an import makes before it writes. */
class SyntheticDocumentsTest {

	@TempDir
	Path directory;

	@Test
	void everyGeneratedDocumentReadsAndChecksAsAnImportWould() {
		assertThat(SyntheticJapan.run("60", directory.toString(), "--seed=3")).isZero();
		List<PlanImporter.DocumentSource> sources = DocumentFiles.at(List.of(directory));
		assertThat(sources).hasSizeBetween(60, 120);
		assertThat(sources).allSatisfy(source -> assertThatCode(() -> DocumentGraph.of(source.name(), source.text(),
				PlanDocumentReader.read(source.name(), source.text()))).doesNotThrowAnyException());
	}

	@Test
	void theCommandRefusesACountOutsideJapan() {
		assertThat(SyntheticJapan.run("1742", directory.toString())).isEqualTo(1);
		assertThat(SyntheticJapan.run("many", directory.toString())).isEqualTo(1);
		assertThat(SyntheticJapan.run("3", directory.toString(), "--seed=x")).isEqualTo(1);
	}

}
