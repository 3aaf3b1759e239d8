// The span rule lives in @bulletin/format (zod-free), so that @bulletin/render can place cells
// without pulling zod into an app's bundle; schema re-exports it with the model.
export { type PlacedCell, type PlacedRow, placeTableCells } from "@bulletin/format";
