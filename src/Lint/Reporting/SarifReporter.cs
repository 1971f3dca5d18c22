using System.Text.Json;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Documentation;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Reporting;

/// <summary>
/// Writes a SARIF 2.1.0 log (one run, every reported rule described) for code-scanning services. Paths are relative to
/// <c>%SRCROOT%</c>, the repository root, so GitHub maps them to files wherever the lint ran from.
/// </summary>
internal static class SarifReporter
{
    /// <summary>The base id every artifact location is relative to.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    /// <summary>The key of IacTest's fingerprint in each result's <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "iactestFindingHash/v1";

    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string InformationUri = "https://github.com/iactest/iactest";

    /// <summary>Writes the log.</summary>
    public static void Write(Stream stream, IEnumerable<LintDiagnostic> diagnostics, RuleCatalog catalog, ReportOptions options)
    {
        var findings = FindingLocator.Locate(diagnostics, options);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        var ruleIndex = WriteTool(json, findings, catalog, options);

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootBaseId);
        json.WriteString("uri", DirectoryUri(options.ResolveSourceRoot()));
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var finding in findings)
        {
            WriteResult(json, finding, ruleIndex[finding.Diagnostic.Code]);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static Dictionary<string, int> WriteTool(Utf8JsonWriter json, IReadOnlyList<LocatedFinding> findings, RuleCatalog catalog, ReportOptions options)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "IacTest");
        json.WriteString("version", options.ToolVersion);
        json.WriteString("semanticVersion", options.ToolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        var docsBase = options.ResolveRuleDocsBaseUri();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in findings.Select(f => f.Diagnostic.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            ruleIndex[code] = ruleIndex.Count;
            var rule = catalog.Find(code);
            json.WriteStartObject();
            json.WriteString("id", code);
            json.WriteString("name", rule?.Name ?? code);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule?.Title ?? code);
            json.WriteEndObject();
            if (rule is not null)
            {
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Description);
                json.WriteEndObject();
                json.WriteString("helpUri", docsBase + RuleDocs.PageName(rule));
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        return ruleIndex;
    }

    private static void WriteResult(Utf8JsonWriter json, LocatedFinding finding, int ruleIndex)
    {
        var d = finding.Diagnostic;
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", $"{d.Message} ({d.Rule})");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (finding.RepositoryPath is { } relative)
        {
            json.WriteString("uri", EscapePath(relative));
            json.WriteString("uriBaseId", SourceRootBaseId);
        }
        else
        {
            // Outside the repository (a role installed under the home folder): only an absolute URI names it.
            json.WriteString("uri", new Uri(finding.FullPath).AbsoluteUri);
        }

        json.WriteEndObject();
        if (d.Line >= 1)
        {
            // A configuration problem without a position names the file only; SARIF regions start at line 1.
            json.WriteStartObject("region");
            json.WriteNumber("startLine", d.Line);
            if (d.Column >= 1)
            {
                json.WriteNumber("startColumn", d.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("rule", d.Rule);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Escapes each segment, so a space or <c>#</c> in a file name keeps the URI valid.</summary>
    private static string EscapePath(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(directory).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }
}
