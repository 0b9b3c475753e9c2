package io.plangraph.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * Cursors as Spring for GraphQL writes them (the base64 of {@code O_<offset>}), read strictly: a cursor
 * that is not base64, not an offset, or a negative or absurd offset is refused as one the server never
 * gave out, instead of paging from wherever it points or failing with the decoder's message. Replaces
 * Spring Boot's cursor strategy, which is only made when there is none.
 */
@Configuration(proxyBeanMethods = false)
class PageCursors {

	private static final Pattern OFFSET = Pattern.compile("O_(0|[1-9]\\d{0,9})");

	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
		var positions = new ScrollPositionCursorStrategy();
		CursorStrategy<ScrollPosition> checked = new CursorStrategy<>() {

			@Override
			public boolean supports(Class<?> type) {
				return positions.supports(type);
			}

			@Override
			public String toCursor(ScrollPosition position) {
				return positions.toCursor(position);
			}

			@Override
			public ScrollPosition fromCursor(String cursor) {
				if (!OFFSET.matcher(cursor).matches()) {
					throw forged();
				}
				return positions.fromCursor(cursor);
			}

		};
		return CursorStrategy.withEncoder(checked, new CursorEncoder() {

			@Override
			public String encode(String cursor) {
				return Base64.getEncoder().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
			}

			@Override
			public String decode(String cursor) {
				try {
					return new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException notBase64) {
					throw forged();
				}
			}

		});
	}

	private static InputRefused forged() {
		return forged("after");
	}

	/** The refusal of a forged cursor given as {@code after} or {@code before} ({@link ArgumentChecks} names which). */
	static InputRefused forged(String argument) {
		return argument.equals("before")
				? InputRefused.badValue("before", "this is not a cursor this server gave out. Pass a page's startCursor "
						+ "(or an edge's cursor) exactly as it came, or leave 'before' out to page back from the end.")
				: InputRefused.badValue("after", "this is not a cursor this server gave out. Pass a page's endCursor "
						+ "(or an edge's cursor) exactly as it came, or leave 'after' out to start at the beginning.");
	}

}
