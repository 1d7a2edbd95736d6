// A chart's figures as a table, described as data: StatsTable draws every chart's table the same
// way (the first column names the row, `data-value` carries the figure tests compare), so a panel
// says only which columns its rows have.

/** One column: its heading, each row's cell, and what the tests read from that cell. */
export interface Column<T> {
	title: string;
	cell: (row: T) => string | number;
	/** The cell's figure (`data-value`), where the text is formatted ("1,234", "87%"). */
	value?: (row: T) => string | number;
	/** The chart series the column shows (`data-series`). */
	series?: string;
}

/** A table of rows under a caption. */
export interface Table<T> {
	/** The table's name in tests (`data-table`); a panel's only table goes by the panel's id. */
	name?: string;
	caption: string;
	rows: readonly T[];
	/** The row's name in tests (`data-row`), unique in the table. */
	key: (row: T) => string | number;
	/** The first column is each row's header. */
	columns: readonly Column<T>[];
	/** A total row, cell by cell. */
	foot?: readonly (string | number)[];
}
