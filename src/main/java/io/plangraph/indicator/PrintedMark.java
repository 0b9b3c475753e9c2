package io.plangraph.indicator;

import java.util.Objects;

/**
 * A status mark as a document prints it (◎目標値以上, △基準値未滿, —): the symbol read from it, the text
 * kept verbatim. What status a symbol reports is the status package's business.
 */
public record PrintedMark(String text, Symbol symbol) {

	/** The four marks of Hitachi's legend, with their legend text. */
	public enum Symbol {
		/** ◎ 目標値以上: target met. */
		DOUBLE_CIRCLE("◎", "目標値以上"),
		/** ○ 基準値以上: at or better than baseline. */
		CIRCLE("○", "基準値以上"),
		/** △ 基準値未満: worse than baseline. */
		TRIANGLE("△", "基準値未満"),
		/** — 指標未公表: not published. */
		DASH("—", "指標未公表");

		private final String mark;
		private final String legend;

		Symbol(String mark, String legend) {
			this.mark = mark;
			this.legend = legend;
		}

		/** The symbol, ◎. */
		public String mark() {
			return mark;
		}

		/** The legend, 目標値以上. */
		public String legend() {
			return legend;
		}
	}

	public PrintedMark {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(symbol, "symbol");
	}

	/**
	 * Reads ◎目標値以上, ○基準値以上, △基準値未満, —指標未公表 or the symbol or legend alone, tolerating the
	 * variants documents print: 〇 or ◯ for ○, ―, －, - for —, 滿 for 満, spaces between symbol and legend.
	 */
	public static PrintedMark parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidPrintedMarkException(String.valueOf(text), "it is empty");
		}
		String mark = PrintedText.compact(text)
				.replace('〇', '○').replace('◯', '○')
				.replace('―', '—').replace('－', '—').replace('-', '—').replace('‐', '—').replace('─', '—')
				// 滿 is the traditional form of 満 that Hitachi's table prints in 基準値未滿.
				.replace('滿', '満');
		for (Symbol symbol : Symbol.values()) {
			if (mark.startsWith(symbol.mark())) {
				String legend = mark.substring(symbol.mark().length());
				if (!legend.isEmpty() && !legend.equals(symbol.legend())) {
					throw new InvalidPrintedMarkException(text, "the symbol " + symbol.mark() + " goes with "
							+ symbol.legend() + ", not with " + legend);
				}
				return new PrintedMark(text, symbol);
			}
			if (mark.equals(symbol.legend())) {
				return new PrintedMark(text, symbol);
			}
		}
		throw new InvalidPrintedMarkException(text, "no known symbol or legend");
	}
}
