package org.qantar.rules.map.svg;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a directed graph left to right with the Eclipse Layout Kernel's layered algorithm
 * (Sugiyama style: layers, crossing minimisation, orthogonal edge routes). The only class that
 * touches ELK, so ELK's classes load only when a map is drawn.
 */
final class ElkLayout {

    static {
        // Plain-Java ELK: the meta-data service registers the option types ELK clones defaults of,
        // and the layered algorithm by its id (ELK's "plain Java layout" documentation).
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private ElkLayout() {
    }

    /**
     * @param sizes node key → {width, height}, in drawing order
     * @param edges pairs {from key, to key}
     */
    static GraphLayout layout(Map<String, double[]> sizes, List<String[]> edges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 12.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        // ELK's default (7) repeats crossing minimisation until the whole graph takes 0.7 s at C1;
        // 3 draws the shipped graph the same size in about a fifth of the time (BENCHMARKS.md).
        root.setProperty(LayeredOptions.THOROUGHNESS, 3);
        // The same input gives the same picture: no random tie-breaking between runs.
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        // Not elk.layered.mergeEdges: it draws the whole graph narrower (6,205 x 3,908 px against
        // 7,497 x 4,923) but merges the edges into a claim into one last segment, so a "not" label
        // no longer says which premise is negated (BENCHMARKS.md, Pictures).
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        sizes.forEach((key, size) -> {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(key);
            n.setDimensions(size[0], size[1]);
            nodes.put(key, n);
        });
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (String[] e : edges) {
            elkEdges.add(ElkGraphUtil.createSimpleEdge(nodes.get(e[0]), nodes.get(e[1])));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, GraphLayout.Box> boxes = new LinkedHashMap<>();
        nodes.forEach((key, n) -> boxes.put(key, new GraphLayout.Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        List<List<double[]>> routes = new ArrayList<>();
        for (ElkEdge e : elkEdges) {
            List<double[]> points = new ArrayList<>();
            for (ElkEdgeSection s : e.getSections()) {
                points.add(new double[] {s.getStartX(), s.getStartY()});
                for (ElkBendPoint b : s.getBendPoints()) {
                    points.add(new double[] {b.getX(), b.getY()});
                }
                points.add(new double[] {s.getEndX(), s.getEndY()});
            }
            routes.add(points);
        }
        return new GraphLayout(boxes, routes, root.getWidth(), root.getHeight());
    }
}
