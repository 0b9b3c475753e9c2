package io.plangraph.editing;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.ValueType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An indicator table as city staff keep it: CSV with the headers of their documents — 指標名, 単位,
 * 基準値, 目標値, 実績値, and optionally グループ. The fiscal year of a value column is written in its header
 * ({@code 実績値(R6)}, {@code 目標値（令和8年度）}) or in a year column beside it ({@code 実績年度},
 * {@code 基準年度}, {@code 目標年度}). Reading it checks every cell and names the row and column of each
 * problem.
 */
record IndicatorTable(List<Row> rows) {

	private static final Pattern VALUE_HEADER = Pattern.compile("(基準値|現状値|目標値|実績値)\\s*(?:[(（]\\s*([^)）]+?)\\s*[)）])?");

	/** One row: the indicator's name and unit as written, its group, and its values. */
	record Row(int number, String name, String unit, String group, List<Cell> values) {
	}

	/** A value of a row, with the column it came from. */
	record Cell(String column, ValueType type, FiscalYear year, String text) {
	}

	/** A problem at a row (1 = the header) and column. */
	record Problem(int row, String column, String message) {

		EditRefused.Problem asEditProblem() {
			return new EditRefused.Problem("input.csv", "row " + row + (column == null ? "" : ", column " + column) + ": " + message);
		}

	}

	/** A column of values: its type and either its year or the column that holds the year. */
	private record ValueColumn(String header, ValueType type, FiscalYear year, String yearColumn) {
	}

	/** Reads a table of at most {@code maxRows} rows below its header ({@code plangraph.limits.table-rows}). */
	static IndicatorTable read(String csv, int maxRows, List<Problem> problems) {
		var records = new ArrayList<CSVRecord>();
		try (var parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
			.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
			for (CSVRecord record : parser) {
				if (records.size() > maxRows) {
					problems.add(new Problem(records.size() + 1, null, "the table has more than " + maxRows
							+ " rows below its header (plangraph.limits.table-rows); import it in parts"));
					return new IndicatorTable(List.of());
				}
				records.add(record);
			}
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new Problem(records.size() + 1, null, unreadable(ex)));
			return new IndicatorTable(List.of());
		}
		if (records.isEmpty()) {
			problems.add(new Problem(1, null, "the table is empty; the first row names the columns (指標名, 単位, 基準値, 目標値, 実績値)"));
			return new IndicatorTable(List.of());
		}
		List<String> header = records.getFirst().toList();
		int name = header.indexOf("指標名");
		if (name < 0) {
			problems.add(new Problem(1, null, "no column 指標名 (the columns are " + header + ")"));
			return new IndicatorTable(List.of());
		}
		int unit = header.indexOf("単位");
		int group = header.indexOf("グループ");
		var columns = new ArrayList<ValueColumn>();
		for (String title : header) {
			Matcher matcher = VALUE_HEADER.matcher(title);
			if (!matcher.matches()) {
				continue;
			}
			ValueType type = switch (matcher.group(1)) {
				case "目標値" -> ValueType.TARGET;
				case "実績値" -> ValueType.ACTUAL;
				default -> ValueType.BASELINE;
			};
			if (matcher.group(2) != null) {
				try {
					columns.add(new ValueColumn(title, type, FiscalYear.parse(matcher.group(2)), null));
				}
				catch (IllegalArgumentException ex) {
					problems.add(new Problem(1, title, ex.getMessage()));
				}
			}
			else {
				String yearColumn = matcher.group(1).replace("値", "年度");
				if (!header.contains(yearColumn)) {
					problems.add(new Problem(1, title, "give the year in the header (" + matcher.group(1) + "(R6)) or in a column "
							+ yearColumn));
				}
				columns.add(new ValueColumn(title, type, null, yearColumn));
			}
		}
		if (columns.isEmpty()) {
			problems.add(new Problem(1, null, "no value column: 基準値, 目標値 or 実績値, with its year"));
		}
		var rows = new ArrayList<Row>();
		for (int r = 1; r < records.size(); r++) {
			CSVRecord record = records.get(r);
			int number = r + 1;
			String indicator = cell(record, name);
			if (indicator.isEmpty()) {
				problems.add(new Problem(number, "指標名", "no indicator name"));
				continue;
			}
			var cells = new ArrayList<Cell>();
			for (ValueColumn column : columns) {
				String text = cell(record, header.indexOf(column.header()));
				if (text.isEmpty()) {
					continue;
				}
				FiscalYear year = column.year();
				if (year == null && column.yearColumn() != null && header.contains(column.yearColumn())) {
					String yearText = cell(record, header.indexOf(column.yearColumn()));
					try {
						year = FiscalYear.parse(yearText);
					}
					catch (IllegalArgumentException ex) {
						problems.add(new Problem(number, column.yearColumn(), ex.getMessage()));
						continue;
					}
				}
				if (year != null) {
					cells.add(new Cell(column.header(), column.type(), year, text));
				}
			}
			rows.add(new Row(number, indicator, unit < 0 ? null : emptyAsNull(cell(record, unit)),
					group < 0 ? null : emptyAsNull(cell(record, group)), cells));
		}
		sameFactOnce(rows, problems);
		return new IndicatorTable(rows);
	}

	/** A table may repeat a value, but not give one indicator two different values for the same year and group. */
	private static void sameFactOnce(List<Row> rows, List<Problem> problems) {
		record Fact(String name, String group, ValueType type, FiscalYear year) {
		}
		record Place(int row, String column, String text) {
		}
		var seen = new java.util.HashMap<Fact, Place>();
		for (Row row : rows) {
			for (Cell cell : row.values()) {
				var fact = new Fact(row.name(), row.group(), cell.type(), cell.year());
				Place first = seen.putIfAbsent(fact, new Place(row.number(), cell.column(), cell.text()));
				if (first != null && !first.text().equals(cell.text())) {
					problems.add(new Problem(row.number(), cell.column(), "'" + row.name() + "'"
							+ (row.group() == null ? "" : " (" + row.group() + ")") + " has two different values for "
							+ cell.type().name().toLowerCase(java.util.Locale.ROOT) + " " + cell.year().label() + ": '" + cell.text()
							+ "' here and '" + first.text() + "' in row " + first.row() + ", column " + first.column()
							+ "; give it once"));
				}
			}
		}
	}

	/** What the CSV reader stopped at, in the words of a spreadsheet user: the line, never the reader's own message. */
	private static String unreadable(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		Matcher line = Pattern.compile("(?:startline|line:?)\\s*(\\d+)").matcher(message);
		String where = line.find() ? " (from line " + line.group(1) + ")" : "";
		if (message.contains("EOF reached before encapsulated token finished")) {
			return "not readable as CSV: a quoted cell" + where + " is never closed; a cell that opens with \" ends with \"";
		}
		if (message.contains("Invalid character between encapsulated token and delimiter")) {
			return "not readable as CSV" + where + ": after a quoted cell's closing \" comes something other than a comma";
		}
		return "not readable as CSV" + where;
	}

	private static String cell(CSVRecord record, int index) {
		return index >= 0 && index < record.size() ? record.get(index).strip() : "";
	}

	private static String emptyAsNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
