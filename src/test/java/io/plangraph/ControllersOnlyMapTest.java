package io.plangraph;

import io.plangraph.neo4j.GraphReader;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Controllers only map: the Cypher and the counting behind a field live in the feature's query class. */
@AnalyzeClasses(packages = "io.plangraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ControllersOnlyMapTest {

	@ArchTest
	static final ArchRule controllersDoNotQueryTheGraph = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.and()
		.resideInAnyPackage("io.plangraph..")
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(GraphReader.class)
		.orShould()
		.dependOnClassesThat()
		.resideInAnyPackage("org.neo4j.driver..", "org.springframework.data.neo4j..");

	@ArchTest
	static final ArchRule rollUpsDetectionAndDiffsArePlainJava = noClasses().that()
		.haveFullyQualifiedName("io.plangraph.assessment.RollUps")
		.or()
		.haveFullyQualifiedName("io.plangraph.assessment.DiscrepancyChecks")
		.or()
		.haveFullyQualifiedName("io.plangraph.assessment.StatusViews")
		.or()
		.haveFullyQualifiedName("io.plangraph.revision.PlanDiff")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.neo4j..", "graphql..", "io.plangraph.neo4j..");

}
