import type { Log, ReportingDescriptor, Result } from "sarif";

/** One finding, placed in its file, as the SARIF writer takes it. */
export interface SarifFinding {
  uri: string;
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  /** JSON path written as `sections[0].title`. */
  pathText: string;
  line?: number;
  column?: number;
  /** Region of the offending text itself, when it maps to the file one for one. */
  region?: { startLine: number; startColumn: number; endColumn: number };
  offset?: number;
  length?: number;
  fix?: string;
}

/** A rule as SARIF lists it. */
export interface SarifRule {
  id: string;
  severity: "error" | "warning" | "info";
  text?: string;
  clause?: string;
  fixable?: boolean;
}

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/**
 * A SARIF 2.1.0 log of one lint run: one run, the `bulletin` driver with its rules (code,
 * default level, the clause of the standard), one result per finding with its file, line and
 * column, and the JSON path as a logical location. Columns count UTF-16 code units.
 */
export function toSarif(
  version: string,
  rules: readonly SarifRule[],
  findings: readonly SarifFinding[],
): Log {
  const index = new Map(rules.map((r, i) => [r.id, i] as const));
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.id,
    ...(r.text ? { shortDescription: { text: r.text } } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
    ...(r.clause !== undefined
      ? { properties: { clause: r.clause, fixable: r.fixable === true } }
      : {}),
  }));
  const results: Result[] = findings.map((f) => {
    const ruleIndex = index.get(f.code);
    const region = f.region
      ? f.region
      : f.line !== undefined
        ? { startLine: f.line, ...(f.column !== undefined ? { startColumn: f.column } : {}) }
        : undefined;
    return {
      ruleId: f.code,
      ...(ruleIndex !== undefined ? { ruleIndex } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.uri },
            ...(region ? { region } : {}),
          },
          logicalLocations: [{ fullyQualifiedName: f.pathText, kind: "member" }],
        },
      ],
      // An editor can apply a fix only where the offending text maps to the file one for one.
      ...(f.fix !== undefined && f.region
        ? {
            fixes: [
              {
                description: { text: `${f.code}: ${f.fix === "" ? "delete" : f.fix}` },
                artifactChanges: [
                  {
                    artifactLocation: { uri: f.uri },
                    replacements: [
                      {
                        deletedRegion: f.region,
                        insertedContent: { text: JSON.stringify(f.fix).slice(1, -1) },
                      },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
      ...(f.offset !== undefined || f.fix !== undefined
        ? {
            properties: {
              ...(f.offset !== undefined ? { offset: f.offset, length: f.length } : {}),
              ...(f.fix !== undefined ? { fix: f.fix } : {}),
            },
          }
        : {}),
    };
  });
  return {
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "bulletin",
            semanticVersion: version,
            rules: descriptors,
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}
