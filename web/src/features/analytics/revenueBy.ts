/** How the revenue widget can group (the server's `by`). */
export const REVENUE_BY = ['period', 'owner', 'department', 'product', 'source', 'segment'] as const;
