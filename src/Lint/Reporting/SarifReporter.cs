using System.Text.Json;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Reporting;

/// <summary>Writes a SARIF 2.1.0 log (one run, every rule described) for code-scanning services.</summary>
public static class SarifReporter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes the log; <paramref name="baseDirectory"/> makes artifact URIs relative when given.</summary>
    public static void Write(Stream stream, IEnumerable<LintDiagnostic> diagnostics, RuleCatalog catalog, string toolVersion, string? baseDirectory = null)
    {
        var list = diagnostics.ToList();
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "IacTest");
        json.WriteString("version", toolVersion);
        json.WriteString("informationUri", "https://github.com/iactest/iactest");
        json.WriteStartArray("rules");
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in list.Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
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
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var d in list)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.Code);
            json.WriteNumber("ruleIndex", ruleIndex[d.Code]);
            json.WriteString("level", Level(d.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", $"{d.Message} ({d.Rule})");
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", Uri(d.File, baseDirectory));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", d.Line);
            json.WriteNumber("startColumn", d.Column);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("rule", d.Rule);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string Uri(string file, string? baseDirectory)
    {
        var path = file;
        if (baseDirectory is not null && Path.IsPathRooted(file))
        {
            var relative = Path.GetRelativePath(baseDirectory, file);
            if (!relative.StartsWith("..", StringComparison.Ordinal))
            {
                path = relative;
            }
        }

        return path.Replace('\\', '/');
    }
}
