package org.qantar.rules.map.svg;

import java.util.List;
import java.util.Map;

/**
 * A laid-out graph: a box per node key, one route (a polyline) per edge in input order, the extent.
 * What {@link ElkLayout} computes and {@link LayoutCache} keeps.
 */
record GraphLayout(Map<String, Box> boxes, List<List<double[]>> routes, double width, double height) {

    /** A node's box: top-left corner and size. */
    record Box(double x, double y, double width, double height) {
    }
}
