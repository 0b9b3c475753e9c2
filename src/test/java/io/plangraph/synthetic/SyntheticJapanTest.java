package io.plangraph.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.plangraph.city.MunicipalityCode;
import io.plangraph.synthetic.Municipalities.Municipality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A synthetic Japan: valid, distinct municipalities, reproducible documents, figures scaled as printed. */
class SyntheticJapanTest {

	static final Set<String> REAL = Set.of("082023", "022039", "102113", "432024");

	@Test
	void allOfJapanIs1741MunicipalitiesWithValidDistinctCodesAndNamesAndNoRealCity() {
		List<Municipality> all = Municipalities.draw(Municipalities.ALL, 7, REAL);
		assertThat(all).hasSize(1741);
		assertThat(all).extracting(m -> m.code().value()).doesNotHaveDuplicates().doesNotContainAnyElementsOf(REAL)
			.allSatisfy(code -> assertThat(MunicipalityCode.of(code).value()).isEqualTo(code));
		assertThat(all.stream().map(m -> m.prefecture() + m.name()).distinct()).hasSize(1741);
		assertThat(all).extracting(Municipality::prefecture).contains("北海道", "東京都", "沖縄県").hasSize(1741);
		assertThat(all.stream().filter(m -> m.prefecture().equals("北海道"))).hasSize(179);
		assertThat(all).allSatisfy(m -> assertThat(m.name()).matches("..[市町村]"));
	}

	@Test
	void aSmallerJapanIsASeededDrawFromAllOfIt() {
		var drawn = Municipalities.draw(200, 7, REAL);
		assertThat(drawn).hasSize(200).isEqualTo(Municipalities.draw(200, 7, REAL));
		assertThat(drawn).isNotEqualTo(Municipalities.draw(200, 8, REAL));
		assertThat(new HashSet<>(Municipalities.draw(Municipalities.ALL, 7, REAL))).containsAll(drawn);
		assertThat(drawn.stream().map(Municipality::prefecture).distinct().count()).isGreaterThan(30);
	}

	@Test
	void moreThanAllMunicipalitiesOrNoneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Municipalities.draw(1742, 1, REAL))
			.withMessageContaining("1 to 1741");
		assertThatIllegalArgumentException().isThrownBy(() -> Municipalities.draw(0, 1, REAL));
	}

	@Test
	void theSameSeedWritesTheSameDocumentsAndAnotherSeedOthers() {
		var japan = SyntheticJapan.fromBundledDocuments();
		var once = japan.generate(12, 42);
		assertThat(japan.generate(12, 42)).isEqualTo(once);
		assertThat(japan.generate(12, 43)).isNotEqualTo(once);
		assertThat(once.size()).isBetween(12, 24);
	}

	@Test
	void aDocumentIsItsMunicipalitysOwnWithIdsPrefixedAndTheRealCityNameGone() {
		var file = SyntheticJapan.fromBundledDocuments().generate(30, 42).stream()
			.filter(f -> f.path().toString().contains("hitachi-growth-strategy-status-r5"))
			.findFirst()
			.orElseThrow();
		String code = file.path().toString().substring(1, 7);
		assertThat(file.text()).contains("code: \"" + code + "\"", "id: \"m" + code + "-hitachi-growth-strategy\"",
				"ref: \"m" + code + "-hitachi-navi-downloads\"")
			.doesNotContain("日立", "082023", "nameEn");
	}

	@Test
	void figuresAreScaledKeepingHowTheyArePrinted() {
		assertThat(SyntheticDocument.scaled("14,259件以上", 2)).isEqualTo("28,518件以上");
		assertThat(SyntheticDocument.scaled("(延べ) 8社以上", 1.5)).isEqualTo("(延べ) 12社以上");
		assertThat(SyntheticDocument.scaled("3.25人", 2)).isEqualTo("6.50人");
		assertThat(SyntheticDocument.scaled("指標未公表", 2)).isEqualTo("指標未公表");
	}

}
