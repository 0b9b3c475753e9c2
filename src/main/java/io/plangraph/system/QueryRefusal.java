package io.plangraph.system;

import graphql.ErrorClassification;

/** Why the server refused to answer a request in full: the {@code classification} of its error. */
enum QueryRefusal implements ErrorClassification {

	/** The query nests fields deeper than {@code plangraph.graphql.max-depth}. */
	QUERY_TOO_DEEP,

	/** The query's estimated cost is above {@code plangraph.graphql.max-complexity}. */
	QUERY_TOO_COMPLEX,

	/** The request ran longer than {@code plangraph.graphql.timeout} and was stopped. */
	QUERY_TIMED_OUT,

	/** A write ran longer than {@code plangraph.limits.write-timeout}; its transaction was rolled back. */
	WRITE_TIMED_OUT,

	/** An input is larger than one of the {@code plangraph.limits.*} settings, which the error names. */
	INPUT_TOO_LARGE

}
