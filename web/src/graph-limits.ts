/**
 * How much the graph draws, in one place: past a few hundred nodes a force layout turns into a
 * hairball, so expansions add the strongest neighbours a batch at a time and stop at a cap.
 */

/** Neighbours one expansion (or one "+N more") adds, strongest first. */
export const BATCH_SIZE = 25;

/**
 * Nodes expansions fill the graph up to, "+N more" nodes and hidden papers included (a path
 * asked for is drawn whole, past it if need be).
 */
export const NODE_CAP = 300;

/**
 * Shared papers drawn between an entity and each neighbour (the API returns the newest five):
 * enough to show what links them, while the weight of the link is told by the hidden-papers view.
 */
export const SHARED_PAPERS_DRAWN = 2;
