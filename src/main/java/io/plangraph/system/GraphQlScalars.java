package io.plangraph.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import io.plangraph.calendar.FiscalYear;
import io.plangraph.calendar.JapaneseDates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The scalars for dates as people write them: {@code FiscalYear} (2023, "FY2023", "R5", "令和5年度",
 * "R元", "H31") and {@code Date} (ISO-8601 or "令和6年3月31日"); and {@code DateTime} for instants (ISO-8601
 * with the offset). Reading is done by the calendar's own
 * parsers; a text they refuse becomes a GraphQL validation error that quotes it.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

	static final GraphQLScalarType FISCAL_YEAR = GraphQLScalarType.newScalar()
		.name("FiscalYear")
		.description("A fiscal year given as an argument: 2023, \"FY2023\", \"R5\", \"令和5年度\", \"R元\", \"H31\". Fields answer a FiscalYearValue.")
		.coercing(new Coercing<FiscalYear, Integer>() {

			@Override
			public Integer serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof FiscalYear year) {
					return year.startYear();
				}
				if (value instanceof Integer year) {
					return year;
				}
				throw new CoercingSerializeException("Not a fiscal year: " + value);
			}

			@Override
			public FiscalYear parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return input instanceof Number number ? FiscalYear.of(wholeYear(number)) : FiscalYear.parse(String.valueOf(input));
				}
				catch (IllegalArgumentException | ArithmeticException ex) {
					throw new CoercingParseValueException(ex.getMessage());
				}
			}

			@Override
			public FiscalYear parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				try {
					if (input instanceof IntValue number) {
						return FiscalYear.of(number.getValue().intValueExact());
					}
					if (input instanceof StringValue text) {
						return FiscalYear.parse(text.getValue());
					}
				}
				catch (IllegalArgumentException | ArithmeticException ex) {
					throw new CoercingParseLiteralException(ex.getMessage());
				}
				throw new CoercingParseLiteralException("A fiscal year is a number (2023) or a text (\"R5\", \"令和5年度\")");
			}

		})
		.build();

	/** A number given as a fiscal year: a whole number, never rounded (2023.5 is not FY2023). */
	private static int wholeYear(Number number) {
		var exact = new java.math.BigDecimal(number.toString());
		if (exact.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException("'" + number + "' is not a fiscal year: a year is a whole number (2023) or a text (\"R5\", \"令和5年度\")");
		}
		return exact.intValueExact();
	}

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A day: ISO-8601 (2024-03-31) or as documents write it (令和6年3月31日, R6.3.31); answered as ISO-8601.")
		.coercing(new Coercing<LocalDate, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("Not a date: " + value);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return JapaneseDates.parseDate(String.valueOf(input));
				}
				catch (IllegalArgumentException | DateTimeParseException ex) {
					throw new CoercingParseValueException(ex.getMessage());
				}
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (!(input instanceof StringValue text)) {
					throw new CoercingParseLiteralException("A date is a text: \"2024-03-31\" or \"令和6年3月31日\"");
				}
				try {
					return JapaneseDates.parseDate(text.getValue());
				}
				catch (IllegalArgumentException | DateTimeParseException ex) {
					throw new CoercingParseLiteralException(ex.getMessage());
				}
			}

		})
		.build();

	// Instants (when a change was made, when a key was used) are not days: a second scalar keeps the time and
	// the offset, where folding them into Date would lose the order of two changes made on one day.
	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("An instant: ISO-8601 with its offset (2026-12-01T09:30:00+09:00).")
		.coercing(new Coercing<OffsetDateTime, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof OffsetDateTime at) {
					return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				}
				if (value instanceof ZonedDateTime at) {
					return at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				}
				throw new CoercingSerializeException("Not an instant: " + value);
			}

			@Override
			public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return OffsetDateTime.parse(String.valueOf(input));
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException(instant(input));
				}
			}

			@Override
			public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (input instanceof StringValue text) {
					try {
						return OffsetDateTime.parse(text.getValue());
					}
					catch (DateTimeParseException ex) {
						throw new CoercingParseLiteralException(instant(text.getValue()));
					}
				}
				throw new CoercingParseLiteralException(instant(input));
			}

			private static String instant(Object input) {
				return "'" + input + "' is not an instant: ISO-8601 with its offset, such as \"2026-12-01T09:30:00+09:00\"";
			}

		})
		.build();

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(FISCAL_YEAR).scalar(DATE).scalar(DATE_TIME);
	}

}
