using System.Text.Json;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Terraform;

/// <summary>Reads the parts of Terraform's machine-readable output that several commands share.</summary>
internal static class TerraformJson
{
    /// <summary>
    /// A <c>diagnostic</c> object (<c>validate -json</c>, or a <c>"type":"diagnostic"</c> line of the streamed UI), its
    /// texts masked; <paramref name="mapPath"/> turns the file name Terraform printed (relative to the working copy)
    /// into the user's path.
    /// </summary>
    public static TerraformDiagnostic Diagnostic(JsonElement diagnostic, Func<string, string> mapPath, string? testRun = null)
    {
        var severity = String(diagnostic, "severity") == "warning" ? TerraformDiagnosticSeverity.Warning : TerraformDiagnosticSeverity.Error;
        TerraformSourceRange? range = null;
        if (diagnostic.TryGetProperty("range", out var r) && r.ValueKind == JsonValueKind.Object
            && r.TryGetProperty("start", out var start) && r.TryGetProperty("end", out var end))
        {
            range = new TerraformSourceRange(
                mapPath(String(r, "filename") ?? string.Empty),
                Int(start, "line"), Int(start, "column"), Int(end, "line"), Int(end, "column"));
        }

        string? code = null;
        if (diagnostic.TryGetProperty("snippet", out var snippet) && snippet.ValueKind == JsonValueKind.Object)
        {
            code = String(snippet, "code");
        }

        // Terraform quotes values in details and snippets (a provisioner's output, a rejected value), sensitive or not.
        var masker = SecretMasker.Shared;
        return new TerraformDiagnostic(severity, masker.Mask(String(diagnostic, "summary") ?? string.Empty), masker.Mask(String(diagnostic, "detail") ?? string.Empty), range)
        {
            Code = code is null ? null : masker.Mask(code),
            TestRun = testRun,
        };
    }

    /// <summary>A string property, or null when absent or not a string.</summary>
    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>An integer property, or 0.</summary>
    public static int Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : 0;

    /// <summary>A property, or null when absent or JSON null.</summary>
    public static JsonElement? Optional(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.Clone()
            : null;
}
