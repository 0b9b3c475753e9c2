package io.plangraph.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.plangraph.city.MunicipalityCode;

/**
 * The municipalities of a synthetic Japan: as many per prefecture as the real one has (1,741 in all), with
 * valid municipality codes and made-up Japanese names, none of them a code of a real city in the data.
 */
final class Municipalities {

	/** All municipalities of Japan: the most a synthetic Japan can hold. */
	static final int ALL = 1741;

	private static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県",
			"福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
			"山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
			"鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
			"熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

	// How many municipalities (cities, wards, towns and villages) each prefecture has; they add up to 1,741.
	private static final int[] COUNTS = {179, 40, 33, 35, 25, 35, 59, 44, 25, 35, 63, 54, 62, 33, 30, 15, 19, 17, 27,
			77, 42, 35, 54, 29, 19, 26, 43, 41, 39, 30, 19, 19, 27, 23, 19, 24, 17, 20, 34, 60, 20, 21, 45, 18, 26, 43,
			41};

	private static final String FIRST = "北南東西上下中大小新本高長白青若松桜富美豊福清岩石";

	private static final String SECOND = "川山田野原沢浜島岡崎井津浦宮森木谷瀬江平城里";

	/** A made-up municipality: its code, its name (ending in 市, 町 or 村), its prefecture and an id prefix. */
	record Municipality(MunicipalityCode code, String name, String prefecture, String slug) {

		/** The name without 市, 町 or 村, as it stands inside titles (日立 in 日立市の…). */
		String stem() {
			return name.substring(0, name.length() - 1);
		}

	}

	private Municipalities() {
	}

	/**
	 * {@code count} municipalities spread over Japan as a seeded draw from all 1,741, in code order; the same
	 * seed and count give the same ones. Codes in {@code taken} (real cities) are never used.
	 */
	static List<Municipality> draw(int count, long seed, Set<String> taken) {
		if (count < 1 || count > ALL) {
			throw new IllegalArgumentException("a synthetic Japan has 1 to " + ALL + " municipalities, not " + count);
		}
		var all = all(seed, taken);
		java.util.Collections.shuffle(all, new Random(seed));
		var drawn = new ArrayList<>(all.subList(0, count));
		drawn.sort(Comparator.comparing(m -> m.code().value()));
		return drawn;
	}

	private static List<Municipality> all(long seed, Set<String> taken) {
		var random = new Random(seed ^ 0x5DEECE66DL);
		var municipalities = new ArrayList<Municipality>(ALL);
		for (int p = 0; p < PREFECTURES.size(); p++) {
			String prefecture = PREFECTURES.get(p);
			int count = COUNTS[p];
			int cities = Math.max(1, count * 45 / 100);
			var names = new HashSet<String>();
			int cityNumber = 201;
			int townNumber = 301;
			for (int i = 0; i < count; i++) {
				boolean city = i < cities;
				MunicipalityCode code;
				do {
					int number = city ? cityNumber++ : townNumber++;
					code = MunicipalityCode.withCheckDigit("%02d%03d".formatted(p + 1, number));
				}
				while (taken.contains(code.value()));
				String suffix = city ? "市" : (i % 5 == 0 ? "村" : "町");
				String name;
				do {
					name = "" + FIRST.charAt(random.nextInt(FIRST.length())) + SECOND.charAt(random.nextInt(SECOND.length()))
							+ suffix;
				}
				while (!names.add(name));
				municipalities.add(new Municipality(code, name, prefecture, "m" + code.value()));
			}
		}
		return municipalities;
	}

}
