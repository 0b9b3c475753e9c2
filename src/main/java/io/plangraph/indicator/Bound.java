package io.plangraph.indicator;

/** The comparison a document writes into a value: 以上 (at least) or 以下 (at most). */
public enum Bound {
	/** 以上: the value is a floor, so higher is better. */
	AT_LEAST("以上"),
	/** 以下: the value is a ceiling, so lower is better. */
	AT_MOST("以下");

	private final String printed;

	Bound(String printed) {
		this.printed = printed;
	}

	/** The word as printed, 以上 or 以下. */
	public String printed() {
		return printed;
	}
}
