package io.plangraph.revision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.plangraph.revision.Lineage.Change;
import io.plangraph.revision.Lineage.Link;
import io.plangraph.revision.Lineage.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The lineage inferred between Hachinohe's strategy phases, as a reader of the side-by-side table sees it. */
class LineageTest {

	static List<Node> phase1 = new ArrayList<>();

	static List<Node> phase2 = new ArrayList<>();

	static Map<String, String> titles = new java.util.HashMap<>();

	static List<Link> links;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void inferHachinohesPhases() throws Exception {
		Map<String, Object> file = YAMLMapper.builder().build()
			.readValue(Files.readString(Path.of("neo4j/data/hachinohe-revitalization-strategy.yaml")), Map.class);
		for (var plan : (List<Map<String, Object>>) file.get("plans")) {
			var nodes = plan.get("id").equals("hachinohe-strategy-phase-1") ? phase1 : phase2;
			collect((List<Map<String, Object>>) plan.get("elements"), null, 0, nodes);
		}
		links = Lineage.infer(phase1, phase2);
	}

	@SuppressWarnings("unchecked")
	static void collect(List<Map<String, Object>> elements, String parent, int depth, List<Node> nodes) {
		if (elements == null) {
			return;
		}
		for (var element : elements) {
			String id = (String) element.get("key");
			nodes.add(new Node(id, (String) element.get("kind"), (String) element.get("title"), parent, depth));
			titles.put(id, (String) element.get("title"));
			collect((List<Map<String, Object>>) element.get("children"), id, depth + 1, nodes);
		}
	}

	static List<String> story(Change change, boolean moved) {
		return links.stream()
			.filter(l -> l.change() == change && l.moved() == moved)
			.map(l -> titles.get(l.beforeId()) + " → " + titles.get(l.afterId()))
			.sorted()
			.toList();
	}

	static List<String> unmatched(List<Node> nodes, boolean before) {
		var matched = links.stream().map(l -> before ? l.beforeId() : l.afterId()).collect(Collectors.toSet());
		return nodes.stream().filter(n -> !matched.contains(n.id())).map(Node::title).sorted().toList();
	}

	@Test
	void subMeasuresThatStayedAreTheSame() {
		assertThat(story(Change.SAME, false)).contains("雇用・就業の支援 → 雇用・就業の支援", "起業の促進 → 起業の促進",
				"交通ネットワークの充実 → 交通ネットワークの充実");
	}

	@Test
	void subMeasuresThatWentToAnotherBasicGoalMoved() {
		assertThat(story(Change.SAME, true)).containsExactlyInAnyOrder("女性活躍の促進 → 女性活躍の促進",
				"観光ブランドの強化と誘客の推進 → 観光ブランドの強化と誘客の推進", "観光客の受入態勢の整備 → 観光客の受入態勢の整備");
		assertThat(story(Change.RENAMED, true)).containsExactlyInAnyOrder(
				"中心市街地のにぎわい創出 → 中心市街地活性化、陸奥湊駅前地区活性化の推進",
				"協働のまちづくりの推進 → 協働のまちづくり、市民活動の促進", "地域スポーツの活性化 → スポーツ・健康まちづくりの推進");
	}

	@Test
	void renamedSubMeasuresKeepTheirPlace() {
		assertThat(story(Change.RENAMED, false)).containsExactlyInAnyOrder(
				"中小企業等の経営強化と企業の立地促進 → 中小企業及び小規模事業者の経営強化と企業の立地促進",
				"結婚・出産の希望をかなえる施策の充実 → 結婚の希望をかなえる施策の充実");
	}

	@Test
	void artAndTheBookTownWereMergedIntoOneSubMeasureOfAnotherGoal() {
		assertThat(story(Change.MERGED, true)).containsExactlyInAnyOrder(
				"アートのまちづくりの推進 → アートのまちづくり・本のまち八戸の推進", "本のまち八戸の推進 → アートのまちづくり・本のまち八戸の推進");
	}

	@Test
	void aMeasureWhoseSubMeasuresWentTogetherWentWithThem() {
		assertThat(story(Change.REGROUPED, true)).containsExactly("ハブツーリズムの推進 → 観光地域づくり・ブランディングの推進");
		assertThat(story(Change.REGROUPED, false)).containsExactly("雇用・起業・女性活躍の促進 → 雇用・起業・事業承継の促進");
	}

	@Test
	void whatHasNoCounterpartWasRemovedOrAdded() {
		assertThat(unmatched(phase1, true)).contains("シティプロモーションの推進", "生きる力を育む教育の推進");
		assertThat(unmatched(phase2, false)).contains("事業承継の促進", "「関係人口」の創出・拡大", "地方創生SDGsの推進",
				"時代にあった個性あふれる地域の形成");
		assertThat(unmatched(phase2, false)).doesNotContain("女性活躍の促進", "交通ネットワークの充実");
	}

	@Test
	void unrelatedTitlesAreNotTakenForRenames() {
		assertThat(links).noneMatch(l -> titles.get(l.beforeId()).equals("シティプロモーションの推進"));
		assertThat(Bigrams.longestCommonRun("中心市街地のにぎわい創出", "中心市街地活性化")).isEqualTo(5);
	}

}
