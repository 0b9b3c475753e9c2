package io.plangraph.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Neo4j property values as JSON and back, keeping their Cypher type: strings, integers and booleans are
 * JSON's own; every other type is an object naming it ({"date": "2024-03-31"}, {"float": "0.95"}), so a
 * restored graph has the same types as the one backed up (a float 1.0 stays a float, a date a date).
 */
final class PropertyValues {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private PropertyValues() {
	}

	static ObjectNode toJson(Map<String, Value> properties) {
		var json = JSON.objectNode();
		properties.forEach((name, value) -> json.set(name, toJson(value.asObject())));
		return json;
	}

	static JsonNode toJson(Object value) {
		return switch (value) {
			case String text -> JSON.stringNode(text);
			case Long number -> JSON.numberNode(number);
			case Boolean flag -> JSON.booleanNode(flag);
			case Double number -> tagged("float", number.toString());
			case LocalDate date -> tagged("date", date.toString());
			case LocalDateTime dateTime -> tagged("localdatetime", dateTime.toString());
			case ZonedDateTime dateTime -> tagged("datetime", dateTime.toString());
			case java.time.OffsetDateTime dateTime -> tagged("datetime", dateTime.toZonedDateTime().toString());
			case LocalTime time -> tagged("localtime", time.toString());
			case OffsetTime time -> tagged("time", time.toString());
			case byte[] bytes -> tagged("bytes", Base64.getEncoder().encodeToString(bytes));
			case IsoDuration duration -> {
				var json = JSON.objectNode();
				json.set("duration", JSON.arrayNode().add(duration.months()).add(duration.days()).add(duration.seconds())
					.add(duration.nanoseconds()));
				yield json;
			}
			case Point point -> {
				var coordinates = JSON.arrayNode().add(point.srid()).add(point.x()).add(point.y());
				if (!Double.isNaN(point.z())) {
					coordinates.add(point.z());
				}
				var json = JSON.objectNode();
				json.set("point", coordinates);
				yield json;
			}
			case List<?> list -> {
				var array = JSON.arrayNode();
				list.forEach(item -> array.add(toJson(item)));
				yield array;
			}
			default -> throw new IllegalStateException("A property of a type the backup does not know: " + value.getClass());
		};
	}

	private static JsonNode tagged(String type, String text) {
		return JSON.objectNode().put(type, text);
	}

	static Map<String, Object> fromJson(JsonNode properties) {
		var values = new LinkedHashMap<String, Object>();
		properties.properties().forEach(entry -> values.put(entry.getKey(), fromJsonValue(entry.getValue())));
		return values;
	}

	static Object fromJsonValue(JsonNode json) {
		if (json.isString()) {
			return json.asString();
		}
		if (json.isBoolean()) {
			return json.asBoolean();
		}
		if (json.isIntegralNumber()) {
			return json.asLong();
		}
		if (json.isArray()) {
			var list = new ArrayList<Object>();
			json.forEach(item -> list.add(fromJsonValue(item)));
			return list;
		}
		if (json.isObject() && json.size() == 1) {
			var entry = json.properties().iterator().next();
			JsonNode v = entry.getValue();
			return switch (entry.getKey()) {
				case "float" -> Double.valueOf(v.asString());
				case "date" -> LocalDate.parse(v.asString());
				case "localdatetime" -> LocalDateTime.parse(v.asString());
				case "datetime" -> ZonedDateTime.parse(v.asString());
				case "localtime" -> LocalTime.parse(v.asString());
				case "time" -> OffsetTime.parse(v.asString());
				case "bytes" -> Base64.getDecoder().decode(v.asString());
				case "duration" -> Values.isoDuration(v.get(0).asLong(), v.get(1).asLong(), v.get(2).asLong(), v.get(3).asInt());
				case "point" -> v.size() == 4
						? Values.point(v.get(0).asInt(), v.get(1).asDouble(), v.get(2).asDouble(), v.get(3).asDouble())
						: Values.point(v.get(0).asInt(), v.get(1).asDouble(), v.get(2).asDouble());
				default -> throw new IllegalArgumentException("unknown value type '" + entry.getKey() + "'");
			};
		}
		throw new IllegalArgumentException("not a property value: " + json);
	}

}
