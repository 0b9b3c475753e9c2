package io.plangraph.indicator;

/** Normalises the layout variants of printed numbers without touching the words and units around them. */
final class PrintedText {

	private PrintedText() {
	}

	/**
	 * Full-width digits and the punctuation of numbers (，．（）％／＋ and the ideographic space) to
	 * ASCII; everything else, the unit's characters included, stays as printed. Not NFKC, which would
	 * also turn ㎡ into m2 and － (not published) into - (missing).
	 */
	static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(switch (c) {
				case '，' -> ',';
				case '．' -> '.';
				case '（' -> '(';
				case '）' -> ')';
				case '％' -> '%';
				case '／' -> '/';
				case '＋' -> '+';
				case '\u3000' -> ' ';
				default -> c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
			});
		}
		return out.toString();
	}

	/** The text without any white space, for matching markers such as "— 指標未公表". */
	static String compact(String text) {
		return text.replaceAll("[\\s\\u3000]+", "");
	}
}
