/**
 * Things that are published, filmed or counted rather than people or states: "released growth figures", "the video was
 * released". The core both readings of a thing-object share; each adds its own words (clause-shape's INANIMATE_OBJECTS,
 * other-sense's RELEASED_THINGS), and the two stay apart because merging them changes codings.
 */
export const PUBLISHED_THINGS: ReadonlySet<string> = new Set(['figure', 'data', 'report', 'statement', 'video', 'result', 'detail', 'document', 'number', 'footage', 'image', 'photo', 'album', 'film', 'record', 'book', 'estimate', 'forecast', 'song', 'single', 'product', 'version']);
