package io.plangraph.city;

import java.util.Objects;

/**
 * A 全国地方公共団体コード: two digits of prefecture, three of the municipality, and a check digit.
 *
 * <p>The check digit (JIS X 0402 検査数字) is computed from the first five digits: multiply them by
 * 6, 5, 4, 3 and 2, add the products, take the remainder of the sum divided by 11, subtract it from
 * 11 and keep the last digit of the result. So a remainder of 0 gives 1 (11 → 1), a remainder of 1
 * gives 0 (10 → 0), any other remainder r gives 11 − r. Example: 08202 → 0·6 + 8·5 + 2·4 + 0·3 + 2·2
 * = 52, 52 mod 11 = 8, 11 − 8 = 3: Hitachi is 082023.
 */
public record MunicipalityCode(String value) {

	private static final int[] WEIGHTS = {6, 5, 4, 3, 2};
	private static final int PREFECTURES = 47;

	public MunicipalityCode {
		Objects.requireNonNull(value, "value");
		validate(value);
	}

	/** The code as written, surrounding spaces ignored: "082023". */
	public static MunicipalityCode of(String text) {
		if (text == null) {
			throw new InvalidMunicipalityCodeException("null", "no code given");
		}
		return new MunicipalityCode(text.strip());
	}

	/** The code for a five-digit municipality code (JIS X 0402 without check digit), "08202" → 082023. */
	public static MunicipalityCode withCheckDigit(String fiveDigits) {
		if (fiveDigits == null || fiveDigits.length() != 5 || !fiveDigits.chars().allMatch(MunicipalityCode::isDigit)) {
			throw new InvalidMunicipalityCodeException(String.valueOf(fiveDigits), "expected five digits to add a check digit to");
		}
		return new MunicipalityCode(fiveDigits + checkDigit(fiveDigits));
	}

	/** The check digit of five digits: (11 − (6a + 5b + 4c + 3d + 2e) mod 11) mod 10. */
	public static int checkDigit(String fiveDigits) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		return (11 - sum % 11) % 10;
	}

	/** The prefecture part, "08" for Ibaraki (JIS X 0401). */
	public String prefectureCode() {
		return value.substring(0, 2);
	}

	/** The five digits without the check digit, "08202". */
	public String withoutCheckDigit() {
		return value.substring(0, 5);
	}

	/** Whether this is the code of a prefecture itself (130001 Tokyo-to), whose municipality part is 000. */
	public boolean isPrefecture() {
		return value.startsWith("000", 2);
	}

	@Override
	public String toString() {
		return value;
	}

	private static void validate(String value) {
		if (value.length() != 6) {
			throw new InvalidMunicipalityCodeException(value, "it has " + value.length()
					+ " characters, a code has 6 digits"
					+ (value.length() == 5 && value.chars().allMatch(MunicipalityCode::isDigit)
							? " (a leading 0 lost by writing it unquoted, or the five-digit code without its check digit?)"
							: ""));
		}
		for (int i = 0; i < value.length(); i++) {
			if (!isDigit(value.charAt(i))) {
				throw new InvalidMunicipalityCodeException(value, "character " + (i + 1) + " ('" + value.charAt(i)
						+ "') is not a digit 0-9");
			}
		}
		int prefecture = Integer.parseInt(value.substring(0, 2));
		if (prefecture < 1 || prefecture > PREFECTURES) {
			throw new InvalidMunicipalityCodeException(value, "the prefecture code " + value.substring(0, 2)
					+ " is not one of 01-47");
		}
		int expected = checkDigit(value);
		if (value.charAt(5) - '0' != expected) {
			throw new InvalidMunicipalityCodeException(value, "check digit expected " + expected + " for "
					+ value.substring(0, 5) + ", found " + value.charAt(5) + " (a digit may be mistyped)");
		}
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}
}
