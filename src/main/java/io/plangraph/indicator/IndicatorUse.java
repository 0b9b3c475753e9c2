package io.plangraph.indicator;

/**
 * An element that uses an indicator, with the role the indicator plays there. The element itself is
 * resolved through its plan, which loads once per request.
 */
public record IndicatorUse(String elementId, String planId, IndicatorRole role) {
}
