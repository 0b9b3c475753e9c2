package io.plangraph;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules of the domain stay plain Java: readable on one screen, testable without a database. */
@AnalyzeClasses(packages = "io.plangraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule statusRulesKnowNoFrameworkAndNoDatabase = noClasses().that()
		.resideInAnyPackage("io.plangraph.status..", "io.plangraph.calendar..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.neo4j..", "graphql..", "tools.jackson..");

	@ArchTest
	static final ArchRule theDomainDoesNotReachIntoTheImporter = noClasses().that()
		.resideInAnyPackage("io.plangraph.plan..", "io.plangraph.indicator..", "io.plangraph.city..", "io.plangraph.status..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.plangraph.importer..");

}
