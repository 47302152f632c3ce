package vn.hoptac.analytics;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A read-only, undirected, weighted JGraphT graph over arrays: vertices 0 … n-1, edges 0 … m-1, each
 * vertex's edges in an array. JGraphT's own graphs keep a map entry and an object per edge; building
 * one for the nation's hundred thousand lines cost more than PageRank on it.
 */
final class IndexGraph extends AbstractGraph<Integer, Integer> {

	private final int[][] incident;

	private final int[] source;

	private final int[] target;

	private final double[] weight;

	/** {@code incident[v]}: the edges at v; edge e joins {@code source[e]} and {@code target[e]}. */
	IndexGraph(int[][] incident, int[] source, int[] target, double[] weight) {
		this.incident = incident;
		this.source = source;
		this.target = target;
		this.weight = weight;
	}

	@Override
	public Set<Integer> vertexSet() {
		return new Ints(null, incident.length);
	}

	@Override
	public Set<Integer> edgeSet() {
		return new Ints(null, source.length);
	}

	@Override
	public boolean containsVertex(Integer v) {
		return v != null && v >= 0 && v < incident.length;
	}

	@Override
	public boolean containsEdge(Integer e) {
		return e != null && e >= 0 && e < source.length;
	}

	@Override
	public Set<Integer> edgesOf(Integer v) {
		return new Ints(incident[v], incident[v].length);
	}

	@Override
	public Set<Integer> incomingEdgesOf(Integer v) {
		return edgesOf(v);
	}

	@Override
	public Set<Integer> outgoingEdgesOf(Integer v) {
		return edgesOf(v);
	}

	@Override
	public int degreeOf(Integer v) {
		return incident[v].length;
	}

	@Override
	public int inDegreeOf(Integer v) {
		return degreeOf(v);
	}

	@Override
	public int outDegreeOf(Integer v) {
		return degreeOf(v);
	}

	@Override
	public Integer getEdgeSource(Integer e) {
		return source[e];
	}

	@Override
	public Integer getEdgeTarget(Integer e) {
		return target[e];
	}

	@Override
	public double getEdgeWeight(Integer e) {
		return weight[e];
	}

	@Override
	public GraphType getType() {
		return DefaultGraphType.simple().asWeighted().asUnmodifiable();
	}

	@Override
	public Set<Integer> getAllEdges(Integer u, Integer v) {
		throw unsupported();
	}

	@Override
	public Integer getEdge(Integer u, Integer v) {
		throw unsupported();
	}

	@Override
	public Supplier<Integer> getVertexSupplier() {
		return null;
	}

	@Override
	public Supplier<Integer> getEdgeSupplier() {
		return null;
	}

	@Override
	public Integer addEdge(Integer u, Integer v) {
		throw unsupported();
	}

	@Override
	public boolean addEdge(Integer u, Integer v, Integer e) {
		throw unsupported();
	}

	@Override
	public Integer addVertex() {
		throw unsupported();
	}

	@Override
	public boolean addVertex(Integer v) {
		throw unsupported();
	}

	@Override
	public Integer removeEdge(Integer u, Integer v) {
		throw unsupported();
	}

	@Override
	public boolean removeEdge(Integer e) {
		throw unsupported();
	}

	@Override
	public boolean removeVertex(Integer v) {
		throw unsupported();
	}

	@Override
	public void setEdgeWeight(Integer e, double w) {
		throw unsupported();
	}

	private static UnsupportedOperationException unsupported() {
		return new UnsupportedOperationException("read-only graph");
	}

	/** The numbers of an array, or 0 … size-1 when there is none. */
	private static final class Ints extends AbstractSet<Integer> {

		private final int[] values;

		private final int size;

		Ints(int[] values, int size) {
			this.values = values;
			this.size = size;
		}

		@Override
		public int size() {
			return size;
		}

		@Override
		public Iterator<Integer> iterator() {
			return new Iterator<>() {

				private int next;

				@Override
				public boolean hasNext() {
					return next < size;
				}

				@Override
				public Integer next() {
					if (next >= size) {
						throw new NoSuchElementException();
					}
					return values == null ? next++ : values[next++];
				}

			};
		}

	}

}
