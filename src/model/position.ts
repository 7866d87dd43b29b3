/** A place in the original text: line and column from 1 (the line numbers of the file as given, before cleaning). */
export interface Point {
  readonly line: number
  readonly column: number
}

/** `end` is the first character after the node (unist convention). */
export interface Span {
  readonly start: Point
  readonly end: Point
}

/** A span covering whole lines `from`..`to` (inclusive), for nodes that start and end at line boundaries. */
export function lineSpan(from: number, to: number = from): Span {
  return { start: { line: from, column: 1 }, end: { line: to + 1, column: 1 } }
}
