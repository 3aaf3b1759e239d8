export { arbitraryBulletin, arbitraryDateSpan, arbitraryHan, hostileString } from "./arbitraries";
