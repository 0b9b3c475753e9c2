package io.plangraph.status;

import java.util.Objects;

/** One item to count in a roll-up (an indicator, program or pledge), with its id and its status. */
public record Counted<S>(String id, S status) {

	public Counted {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(status, "status");
	}

	/** The item {@code id} with its status. */
	public static <S> Counted<S> of(String id, S status) {
		return new Counted<>(id, status);
	}
}
